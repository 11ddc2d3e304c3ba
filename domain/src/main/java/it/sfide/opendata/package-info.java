/**
 * Open data: the OCDS releases Sfide published for each contracting process (a published challenge), kept as they
 * were published so that records, bulk files and their history never change after the fact.
 */
package it.sfide.opendata;
