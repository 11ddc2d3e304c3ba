/** The REST API's shared parts: its root under /api/v1, JSON errors and the health checks. */
package it.sfide.platform.api;
