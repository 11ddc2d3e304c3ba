/** The challenge pages: the public catalogue, a challenge's page, the writing wizard and the body's challenges. */
package it.sfide.challenge.web;
