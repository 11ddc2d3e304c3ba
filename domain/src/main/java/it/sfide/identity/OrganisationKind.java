package it.sfide.identity;

import it.sfide.shared.Role;

/** The two kinds of tenant: a public body that buys, an operator that proposes. */
public enum OrganisationKind {
    PUBLIC_BODY, OPERATOR;

    /** The role a new member of this kind of organisation gets. */
    public Role memberRole() {
        return this == PUBLIC_BODY ? Role.BUYER : Role.OPERATOR;
    }
}
