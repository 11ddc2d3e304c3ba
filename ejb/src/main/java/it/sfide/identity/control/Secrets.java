package it.sfide.identity.control;

import it.sfide.shared.Digests;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for tokens and invitation links, and the SHA-256 under which they are stored. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes, URL-safe Base64, with a readable prefix such as {@code sfd_}. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String secret) {
        return Digests.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
