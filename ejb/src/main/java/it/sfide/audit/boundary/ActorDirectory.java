package it.sfide.audit.boundary;

import java.util.Map;

/**
 * Who an actor works for. Audit calls no other area: identity provides this, so audit records can name the
 * actor's organisation.
 */
public interface ActorDirectory {

    /** The organisation of the account with this username, or null (external experts, admins, unknown). */
    Long organisationOf(String username);

    /** Every organisation's name by id, in the order of the names (the audit log's organisation filter). */
    Map<Long, String> organisations();
}
