/** Audit: the tamper-evident chain of every act, and the rules that check it. */
package it.sfide.audit;
