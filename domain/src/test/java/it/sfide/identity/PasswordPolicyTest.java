package it.sfide.identity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void requiresTwelveCharacters() {
        assertEquals(Optional.of("error.password.tooShort"), PasswordPolicy.violation("Short-pw-1", "u", null, false));
        assertEquals(Optional.empty(), PasswordPolicy.violation("Quercia-verde-2026!", "user", "u@x.it", false));
    }

    @Test
    void refusesCommonAndTrivialPasswords() {
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("Password1234", "u", null, false));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("aaaaaaaaaaaaaa", "u", null, false));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("abcdefghijklmn", "u", null, false));
    }

    @Test
    void refusesTheUsernameInsideThePassword() {
        assertEquals(Optional.of("error.password.personal"),
                PasswordPolicy.violation("giulia.bianchi-2026", "giulia.bianchi", null, false));
    }

    @Test
    void acceptsTheDemoPasswordOnlyInDemoMode() {
        assertEquals(Optional.empty(), PasswordPolicy.violation(PasswordPolicy.DEMO_PASSWORD, "buyer1", null, true));
        assertEquals(Optional.of("error.password.demo"),
                PasswordPolicy.violation(PasswordPolicy.DEMO_PASSWORD, "buyer1", null, false));
    }
}
