package it.sfide.challenge;

/** The kinds of question of a market consultation's questionnaire. */
public enum QuestionKind {
    /** A free-text answer. */
    TEXT,
    /** One option among several. */
    SINGLE,
    /** Any number (at least one) of several options. */
    MULTIPLE;

    public boolean hasOptions() {
        return this != TEXT;
    }
}
