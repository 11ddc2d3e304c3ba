/** Open data: OCDS releases, CSV exports and feeds. */
package it.sfide.opendata;
