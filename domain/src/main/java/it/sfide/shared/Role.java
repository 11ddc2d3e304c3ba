package it.sfide.shared;

/**
 * The platform roles; their names are the security roles of the application. Shared by every area, since each
 * boundary names the roles it admits; which role a member of an organisation gets is identity's business.
 */
public enum Role {
    ADMIN, BUYER, OPERATOR, EVALUATOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String BUYER_NAME = "BUYER";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String EVALUATOR_NAME = "EVALUATOR";
}
