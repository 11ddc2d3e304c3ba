package it.sfide.document.boundary;

import it.sfide.document.control.BodySeals;
import it.sfide.document.control.PersonalKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The signing keys the document area keeps for people and public bodies, as far as other areas take part in
 * their life: identity tells when a person's password changes and when a public body is verified. Callers (the
 * areas owning the accounts and organisations) decide who may act.
 */
@Stateless
@PermitAll
public class SigningKeys {

    @Inject
    PersonalKeys personalKeys;

    @Inject
    BodySeals bodySeals;

    /** The person changed their password: their personal key, if they have one, opens with the new one only. */
    public void passwordChanged(long accountId, String oldPassword, String newPassword) {
        personalKeys.rewrap(accountId, oldPassword, newPassword);
    }

    /**
     * The person reset a forgotten password: their personal key, protected by the old one, is retired and a new
     * one is made at their next signature.
     */
    public void passwordForgotten(long accountId) {
        personalKeys.retire(accountId);
    }

    /** A verified public body gets its own seal certificate for the documents it issues, unless it has one. */
    public void ensureBodySeal(long organisationId, String bodyName) {
        bodySeals.ensure(organisationId, bodyName);
    }
}
