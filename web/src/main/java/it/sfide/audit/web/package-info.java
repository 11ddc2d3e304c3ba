/** Backing bean of the admin's audit log page. */
package it.sfide.audit.web;
