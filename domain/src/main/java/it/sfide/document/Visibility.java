package it.sfide.document;

/** Who may download a document: anyone, or the members of the organisation it concerns (and admins). */
public enum Visibility {
    PUBLIC, RESTRICTED
}
