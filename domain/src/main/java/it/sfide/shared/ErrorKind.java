package it.sfide.shared;

/** What went wrong, in the terms a client needs to react: each kind maps to one HTTP status. */
public enum ErrorKind {
    INVALID(422),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    /** Too many attempts in a while (registration throttling): retry later, as the answer says. */
    TOO_MANY_REQUESTS(429),
    /** A service the act depends on (e.g. an external time-stamping authority) does not answer: retry later. */
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
