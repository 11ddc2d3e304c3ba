package it.sfide.identity.boundary;

/** What becomes of a page session at each request. */
public enum SessionState {
    /** The password was reset (or the account is gone) since the session opened: it is over. */
    ENDED,
    /** The session stands. */
    OPEN,
    /** The session stands, and the account has no second factor (an admin who must enrol is kept to enrolment). */
    OPEN_WITHOUT_SECOND_FACTOR
}
