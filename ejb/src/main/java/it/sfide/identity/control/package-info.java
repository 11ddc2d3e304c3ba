/** Identity logic reused by the boundaries: repositories, the caller's identity, access checks, secrets. */
package it.sfide.identity.control;
