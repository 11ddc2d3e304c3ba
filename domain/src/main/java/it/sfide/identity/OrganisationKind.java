package it.sfide.identity;

/** The two kinds of tenant: a public body that buys, an operator that proposes. */
public enum OrganisationKind {
    PUBLIC_BODY, OPERATOR
}
