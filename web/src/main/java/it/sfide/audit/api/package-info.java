/** REST resources of the audit chain: the log and its check, for platform admins. */
package it.sfide.audit.api;
