/** Backing beans of the identity pages: login, registration, profile, organisation, admin verification and outbox. */
package it.sfide.identity.web;
