package it.sfide.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestsTest {

    @Test
    void theHexIsTheStandardDigestInLowerCase() {
        // FIPS 180-2, appendix B.1, and the digest of nothing
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Digests.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Digests.sha256Hex(new byte[0]));
        assertEquals(32, Digests.sha256(new byte[] {1, 2, 3}).length);
        assertArrayEquals(java.util.HexFormat.of().parseHex(Digests.sha256Hex(new byte[] {1, 2, 3})),
                Digests.sha256(new byte[] {1, 2, 3}));
    }
}
