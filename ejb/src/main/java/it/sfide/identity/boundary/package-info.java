/** Identity entry points: registration, login checks, tokens, organisations, members and their verification. */
package it.sfide.identity.boundary;
