/** Identity: organisations (the tenants), their members, invitations, API tokens and the rules on codes and passwords. */
package it.sfide.identity;
