/**
 * Open data: OCDS 1.1 releases and records of every published challenge (a full-state release whenever the process
 * changes), bulk files per month, CSV exports. Reads the other areas through their boundaries' public methods only,
 * so nothing sealed or personal can reach it; nothing calls this area but the web layer.
 */
package it.sfide.opendata;
