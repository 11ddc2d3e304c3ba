package it.sfide.identity;

/** What kind of operator answers challenges. */
public enum OperatorType {
    STARTUP, SME, LARGE_COMPANY, UNIVERSITY, RESEARCH_CENTRE
}
