package it.sfide.proposal;

/** What the lead did: submitted (sealed content) or withdrew the current submission. */
public enum SubmissionKind {
    SUBMISSION, WITHDRAWAL
}
