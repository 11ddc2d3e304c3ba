/** The reuse catalogue's pages: the public catalogue, an entry's page, the publishing and editing form. */
package it.sfide.reuse.web;
