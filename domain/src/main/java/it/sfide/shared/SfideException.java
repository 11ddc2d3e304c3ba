package it.sfide.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * Root of every business error. It carries a message key (resolved in the user's language by the one
 * exception handler of the pages and of the API), its arguments, the field it concerns if any, and its kind.
 * Thrown from a boundary it rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class SfideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public SfideException(ErrorKind kind, String messageKey, Object... arguments) {
        this(kind, null, messageKey, arguments);
    }

    public SfideException(ErrorKind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The bundle key of the message, e.g. {@code error.organisation.notFound}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input field the error is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    public static SfideException notFound(String messageKey, Object... args) {
        return new SfideException(ErrorKind.NOT_FOUND, messageKey, args);
    }

    public static SfideException forbidden() {
        return new SfideException(ErrorKind.FORBIDDEN, "error.forbidden");
    }

    public static SfideException invalid(String field, String messageKey, Object... args) {
        return new SfideException(ErrorKind.INVALID, field, messageKey, args);
    }

    public static SfideException conflict(String messageKey, Object... args) {
        return new SfideException(ErrorKind.CONFLICT, messageKey, args);
    }
}
