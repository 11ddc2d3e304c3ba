package it.sfide.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily checkpoint of the audit chain: the head (last sequence number and its hash) fixed in a sealed,
 * time-stamped document, so that rewriting the whole chain afterwards is also detected.
 *
 * @param day the day the checkpoint closes (Europe/Rome)
 * @param seq the last record of the chain at that moment
 * @param hash its hash
 * @param at when the head was read
 */
public record AuditCheckpoint(LocalDate day, long seq, String hash, Instant at) {
}
