package it.sfide.evaluation;

/**
 * A committee member: invited (an external expert who has not registered yet), appointed (must declare conflicts
 * before seeing anything else), declared (signed the declaration: may be assigned work), recused (left the
 * committee, with a reason; their work was reassigned).
 */
public enum MemberStatus {
    INVITED, APPOINTED, DECLARED, RECUSED
}
