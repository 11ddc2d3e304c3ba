/** The public verification page and the short address the documents' QR codes point to. */
package it.sfide.document.web;
