/** The reuse catalogue's API under {@code /api/v1/catalogue}: search, entries, publiccode.yml, interest, adoptions. */
package it.sfide.reuse.api;
