package it.sfide.identity;

/** The platform roles; their names are the security roles of the application. */
public enum Role {
    ADMIN, BUYER, OPERATOR, EVALUATOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String BUYER_NAME = "BUYER";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String EVALUATOR_NAME = "EVALUATOR";

    /** The role a new member of this kind of organisation gets. */
    public static Role memberOf(OrganisationKind kind) {
        return kind == OrganisationKind.PUBLIC_BODY ? BUYER : OPERATOR;
    }
}
