package it.sfide.identity.control;

import it.sfide.identity.LegalRepresentative;
import it.sfide.identity.Organisation;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queries on the legal representatives of organisations, through named queries with bound parameters. */
@Dependent
public class LegalRepresentatives {

    /** An id no row has: "no row to leave out" of the uniqueness counts. */
    private static final long NONE = -1;

    @PersistenceContext
    EntityManager em;

    /** The organisation's legal representatives with their accounts, by surname, in one query. */
    public List<LegalRepresentative> of(long organisationId) {
        return em.createNamedQuery(LegalRepresentative.OF_ORGANISATION, LegalRepresentative.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /**
     * The organisation's legal representative with this id, or the business error a client sees as 404: the same for
     * one of another organisation as for none.
     */
    public LegalRepresentative require(long organisationId, long id) {
        return Optional.ofNullable(em.find(LegalRepresentative.class, id))
                .filter(r -> r.getOrganisation().getId() == organisationId)
                .orElseThrow(() -> SfideException.notFound("error.legalRep.notFound"));
    }

    /**
     * The organisation, its row locked until the transaction ends: changes to its representatives take turns, so
     * the uniqueness checks below hold against a concurrent change (which would otherwise end in the schema's
     * unique constraint, a server error).
     */
    public Organisation lockOrganisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw SfideException.notFound("error.organisation.notFound");
        }
        return organisation;
    }

    /** Whether another representative of the organisation (not {@code except}) has this tax code. */
    public boolean taxCodeTaken(long organisationId, String taxCode, Long except) {
        return em.createNamedQuery(LegalRepresentative.COUNT_TAX_CODE, Long.class)
                .setParameter("organisation", organisationId).setParameter("taxCode", taxCode)
                .setParameter("except", except == null ? NONE : except).getSingleResult() > 0;
    }

    public boolean foreignIdTaken(long organisationId, String country, String foreignId, Long except) {
        return em.createNamedQuery(LegalRepresentative.COUNT_FOREIGN_ID, Long.class)
                .setParameter("organisation", organisationId).setParameter("country", country)
                .setParameter("foreignId", foreignId).setParameter("except", except == null ? NONE : except)
                .getSingleResult() > 0;
    }

    /** Whether a representative of the organisation (not {@code except}; null: any) is this account. */
    public boolean accountTaken(long organisationId, long accountId, Long except) {
        return em.createNamedQuery(LegalRepresentative.COUNT_ACCOUNT, Long.class)
                .setParameter("organisation", organisationId).setParameter("account", accountId)
                .setParameter("except", except == null ? NONE : except).getSingleResult() > 0;
    }

    public LegalRepresentative persist(LegalRepresentative representative) {
        em.persist(representative);
        em.flush();
        return representative;
    }

    public void remove(LegalRepresentative representative) {
        em.remove(representative);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
