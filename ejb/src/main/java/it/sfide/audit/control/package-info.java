/** Audit logic: the interceptor that records every annotated act, and the queries on the chain. */
package it.sfide.audit.control;
