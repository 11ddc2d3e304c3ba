/** Audit: the tamper-evident chain of every act. */
package it.sfide.audit;
