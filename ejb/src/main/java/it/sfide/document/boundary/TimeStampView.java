package it.sfide.document.boundary;

import java.time.Instant;

/**
 * An RFC 3161 time-stamp token (DER) with what a reader is shown of it.
 *
 * @param serial the token's serial number, hexadecimal
 * @param authority the name the authority gives itself in the token, if any
 */
public record TimeStampView(byte[] token, Instant time, String serial, String authority) {
}
