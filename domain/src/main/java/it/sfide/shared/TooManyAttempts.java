package it.sfide.shared;

/** Refused because of too many attempts in a while: the client may try again after {@link #retryAfterSeconds()}. */
public class TooManyAttempts extends SfideException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttempts(String messageKey, long retryAfterSeconds) {
        super(ErrorKind.TOO_MANY_REQUESTS, messageKey, (retryAfterSeconds + 59) / 60);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds until an attempt is admitted again (the HTTP {@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
