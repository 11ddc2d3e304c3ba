package it.sfide.identity.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void computesTheRfc6238Sha1TestVectors() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] codes = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        for (int i = 0; i < times.length; i++) {
            long step = Totp.step(Instant.ofEpochSecond(times[i]));
            assertEquals(codes[i], Totp.code(SEED, step, 8), "T = " + times[i]);
            assertEquals(codes[i].substring(2), Totp.code(SEED, step, 6), "six digits are the last six");
        }
    }

    @Test
    void acceptsOneStepEitherSideAndNeverAStepAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(SEED, Totp.code(SEED, step - 1, 6), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(SEED, Totp.code(SEED, step + 1, 6), now, 0));
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step - 2, 6), now, 0).isEmpty(), "too old");
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step + 2, 6), now, 0).isEmpty(), "too early");
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step, 6), now, step).isEmpty(), "used: not again");
        assertTrue(Totp.matchingStep(SEED, Totp.code(SEED, step - 1, 6), now, step).isEmpty(),
                "an earlier step after a later one was used");
        assertTrue(Totp.matchingStep(SEED, "12345", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(SEED, null, now, 0).isEmpty());
    }

    @Test
    void writesTheSecretInBase32ForAuthenticatorApps() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(SEED));
        assertArrayEquals(SEED, Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        assertEquals("otpauth://totp/Sfide:anna%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Sfide&algorithm=SHA1&digits=6&period=30", Totp.uri("Sfide", "anna@example.org", SEED));
    }
}
