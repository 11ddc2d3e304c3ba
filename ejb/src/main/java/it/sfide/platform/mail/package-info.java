/** Outgoing e-mail: recorded in the outbox, delivered by SMTP when one is configured. */
package it.sfide.platform.mail;
