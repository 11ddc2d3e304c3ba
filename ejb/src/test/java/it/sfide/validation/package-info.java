/** The independent validators the tests give every document to: EU DSS for PAdES, veraPDF for PDF/A. */
package it.sfide.validation;
