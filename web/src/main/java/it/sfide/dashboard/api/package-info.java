/** The caller's dashboard over HTTP: {@code /api/v1/me/dashboard}. */
package it.sfide.dashboard.api;
