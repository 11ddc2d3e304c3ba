/** The challenges API under {@code /api/v1/challenges}: catalogue, Atom feed, writing, publishing, following. */
package it.sfide.challenge.api;
