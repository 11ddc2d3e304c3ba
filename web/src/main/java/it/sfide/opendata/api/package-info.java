/** The open data API: OCDS packages and bulk files under {@code /api/v1/ocds}. */
package it.sfide.opendata.api;
