package it.sfide.community;

import it.sfide.shared.ValidationFailure;

/** Length and presence checks of the texts people write in communities. */
final class Texts {

    private Texts() {
    }

    static void required(ValidationFailure.Collector problems, String field, String value, int max) {
        problems.check(value != null && !value.isBlank(), field, "community.error.required");
        optional(problems, field, value, max);
    }

    static void optional(ValidationFailure.Collector problems, String field, String value, int max) {
        problems.check(value == null || value.length() <= max, field, "challenge.error.tooLong", max);
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
