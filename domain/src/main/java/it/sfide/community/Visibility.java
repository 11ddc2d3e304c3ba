package it.sfide.community;

/** What moderation left of a discussion or post. */
public enum Visibility {
    /** Shown to everyone. */
    VISIBLE,
    /** Hidden by a manager, reversibly: only managers and the author see it. */
    HIDDEN,
    /** Removed by a manager with a reason: the content is gone, the reason stays. */
    REMOVED
}
