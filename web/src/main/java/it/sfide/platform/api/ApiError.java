package it.sfide.platform.api;

import java.util.List;

/** The body of every API error: a stable code, a message in the caller's language, and field problems if any. */
public record ApiError(String code, String message, List<FieldError> fields) {

    public record FieldError(String field, String code, String message) {
    }
}
