/** Backing bean of the admin's audit log page; the recording of requests the container refused for their role. */
package it.sfide.audit.web;
