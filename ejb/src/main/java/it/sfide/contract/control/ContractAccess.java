package it.sfide.contract.control;

import it.sfide.contract.Contract;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who the caller is to a contract, decided on the server for every act: an officer of the buying body or a member
 * of the operator. Anyone else — another organisation, an evaluator, an admin — gets the answer of a contract that
 * does not exist.
 */
@ApplicationScoped
public class ContractAccess {

    @Inject
    Contracts contracts;

    @Inject
    Directory directory;

    /** The caller and their side of the contract. */
    public record Party(Contract contract, Actor me, boolean officer, boolean operator) {
    }

    public static SfideException notFound() {
        return SfideException.notFound("contract.error.notFound");
    }

    /** A party of the contract, read. */
    public Party require(long contractId) {
        return party(contracts.find(contractId).orElseThrow(ContractAccess::notFound), directory.requireActor());
    }

    /** An officer of the buying body, about to change the contract (locked); the operator's members get 403. */
    public Party requireOfficer(long contractId) {
        Party p = locked(contractId);
        if (!p.officer()) {
            throw SfideException.forbidden();
        }
        p.me().requireMayPublish();
        return p;
    }

    /** A member of the operator, about to act on the contract (locked); the buyer's officers get 403. */
    public Party requireOperator(long contractId) {
        Party p = locked(contractId);
        if (!p.operator()) {
            throw SfideException.forbidden();
        }
        p.me().requireMayPublish();
        return p;
    }

    private Party locked(long contractId) {
        Actor me = directory.requireActor();
        require(contractId);
        return party(contracts.lock(contractId).orElseThrow(ContractAccess::notFound), me);
    }

    private static Party party(Contract c, Actor me) {
        boolean officer = me.isOfficerOf(c.getBodyId());
        boolean operator = me.role() == Role.OPERATOR && me.organisationId() != null
                && me.organisationId() == c.getOperatorId();
        if (!officer && !operator) {
            throw notFound();
        }
        return new Party(c, me, officer, operator);
    }
}
