/** REST resources of identity: tokens, the caller, registrations, organisations and admin verification. */
package it.sfide.identity.api;
