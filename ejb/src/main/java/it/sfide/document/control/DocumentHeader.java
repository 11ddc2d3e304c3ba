package it.sfide.document.control;

import java.time.Instant;
import java.util.Locale;

/**
 * What every Sfide document states besides its content: protocol number, issuing body, title, issue time, the
 * address where anyone can verify it, and the recipient's language.
 */
public record DocumentHeader(String protocol, String issuer, String title, Instant issuedAt, String verifyUrl,
        Locale locale) {
}
