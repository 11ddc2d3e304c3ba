package it.sfide.document.control;

import it.sfide.shared.SfideException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A CA certificate the admin gives, as PEM or DER, and the reasons one cannot anchor chains. */
class TrustAnchorsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ExternalPki QTSP = new ExternalPki("Ancora", NOW);

    static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    private static String refusal(byte[] input) {
        SfideException e = assertThrows(SfideException.class, () -> TrustAnchors.requireAnchor(
                TrustAnchors.parse(input), NOW));
        assertEquals("file", e.field());
        return e.messageKey().substring("document.error.anchor.".length());
    }

    @Test
    void readsOneCertificateAsPemWithTextAroundItAsBase64OrAsDer() throws Exception {
        byte[] der = QTSP.ca.getEncoded();
        assertArrayEquals(der, TrustAnchors.parse(("Fiducia Root\r\n" + pem(QTSP.ca).replace("\n", "\r\n"))
                .getBytes(StandardCharsets.US_ASCII)).getEncoded());
        assertArrayEquals(der, TrustAnchors.parse(Base64.getEncoder().encode(der)).getEncoded());
        X509Certificate parsed = TrustAnchors.parse(der);
        TrustAnchors.requireAnchor(parsed, NOW);
        assertEquals(QTSP.ca, parsed);
    }

    @Test
    void refusesWhatCannotAnchorChainsWithTheReason() throws Exception {
        assertEquals("empty", refusal(new byte[0]));
        assertEquals("tooLarge", refusal(new byte[TrustAnchors.MAX_INPUT + 1]));
        assertEquals("unreadable", refusal("not a certificate".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("unreadable", refusal("-----BEGIN CERTIFICATE-----\n@@@\n-----END CERTIFICATE-----"
                .getBytes(StandardCharsets.US_ASCII)));
        byte[] der = QTSP.ca.getEncoded();
        assertEquals("unreadable", refusal(java.util.Arrays.copyOf(der, der.length - 10)));
        byte[] trailing = java.util.Arrays.copyOf(der, der.length + 3);
        assertEquals("unreadable", refusal(trailing));
        assertEquals("several", refusal((pem(QTSP.ca) + pem(QTSP.tsa)).getBytes(StandardCharsets.US_ASCII)));
        assertEquals("notCa", refusal(QTSP.person("Mario", "Rossi", "RSSMRA80A01H501U").certificate().getEncoded()));
        assertEquals("notCa", refusal(QTSP.tsa.getEncoded()));

        ExternalPki old = new ExternalPki("Vecchia", NOW.minus(Duration.ofDays(4000)));
        assertEquals("expired", refusal(old.ca.getEncoded()));
        ExternalPki future = new ExternalPki("Futura", NOW.plus(Duration.ofDays(500)));
        assertEquals("notYetValid", refusal(future.ca.getEncoded()));

        byte[] broken = QTSP.ca.getEncoded();
        broken[broken.length - 5] ^= 0x01; // inside the signature value
        assertEquals("badSignature", refusal(broken));
    }
}
