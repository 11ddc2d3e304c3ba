/** The outbox: every e-mail the platform sends, kept so an admin can read it and so nothing is lost offline. */
package it.sfide.platform.mail;
