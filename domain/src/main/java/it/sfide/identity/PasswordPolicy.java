package it.sfide.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a new password must follow: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH},
 * not one of the commonly used passwords, not the username or e-mail, and not the published demo password
 * outside demo mode. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The password of every demo account; accepted only while the demo dataset is enabled. */
    public static final String DEMO_PASSWORD = "Demo-password-1";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username, String email, boolean demoMode) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("error.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("error.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (DEMO_PASSWORD.equals(password) && !demoMode) {
            return Optional.of("error.password.demo");
        }
        if (COMMON.contains(lower) || isTrivial(lower)) {
            return Optional.of("error.password.common");
        }
        if ((username != null && lower.contains(username.toLowerCase(Locale.ROOT)) && username.length() >= 4)
                || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of("error.password.personal");
        }
        return Optional.empty();
    }

    /** One repeated character, or a run of consecutive keys or digits. */
    private static boolean isTrivial(String lower) {
        if (lower.chars().distinct().count() <= 2) {
            return true;
        }
        boolean ascending = true;
        for (int i = 1; i < lower.length() && ascending; i++) {
            ascending = lower.charAt(i) == lower.charAt(i - 1) + 1;
        }
        return ascending;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
