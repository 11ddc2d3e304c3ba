package it.sfide.document.control;

import org.bouncycastle.tsp.TimeStampToken;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

/**
 * How a document is sealed when it is issued: who signs, the reason shown, the signing time, where the signature
 * time-stamp comes from, the certificates a verifier needs offline (baseline LT; the time-stamping authority's are
 * taken from the token itself) and where the CRLs covering all of them come from.
 */
public record Seal(SigningIdentity signer, String reason, Instant time, Function<byte[], TimeStampToken> timeStamper,
        Collection<X509Certificate> validationCertificates, RevocationSource revocation) {
}
