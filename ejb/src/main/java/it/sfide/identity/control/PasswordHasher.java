package it.sfide.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2 password hashes through the platform's built-in {@link Pbkdf2PasswordHash}: HMAC-SHA512, 210,000
 * iterations, 32-byte salt. Hashes record their parameters, so they stay verifiable if these change.
 */
@ApplicationScoped
public class PasswordHasher {

    /** A hash of a random password, checked against when the username is unknown so both paths cost the same. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate(Secrets.newSecret("").toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification without any account. */
    public void spendTime(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
