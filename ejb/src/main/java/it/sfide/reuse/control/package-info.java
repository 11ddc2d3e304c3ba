/** The reuse catalogue's storage and search, its views and e-mails, and the publiccode.yml generator. */
package it.sfide.reuse.control;
