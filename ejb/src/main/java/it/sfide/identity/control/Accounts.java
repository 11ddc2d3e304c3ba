package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.identity.ApiToken;
import it.sfide.identity.ExpertInvitation;
import it.sfide.identity.Invitation;
import it.sfide.identity.Organisation;
import it.sfide.identity.PasswordReset;
import it.sfide.identity.RecoveryCode;
import it.sfide.identity.OrganisationStatus;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on accounts, organisations, invitations and tokens, all through named queries with bound parameters. */
@Dependent
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> admins() {
        return em.createNamedQuery(Account.BY_ROLE, Account.class).setParameter("role", Role.ADMIN).getResultList();
    }

    public boolean usernameTaken(String username) {
        return em.createNamedQuery(Account.COUNT_BY_USERNAME, Long.class)
                .setParameter("username", username).getSingleResult() > 0;
    }

    /** The account of this address, as {@link MemberRules#normaliseEmail} writes it. */
    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    public boolean emailTaken(String email) {
        return em.createNamedQuery(Account.COUNT_BY_EMAIL, Long.class)
                .setParameter("email", email).getSingleResult() > 0;
    }

    public List<Account> members(long organisationId) {
        return em.createNamedQuery(Account.MEMBERS, Account.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /** The accounts with these ids, in one query. */
    public List<Account> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The organisations with these ids, in one query. */
    public List<Organisation> organisationsByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The organisation, or the business error a client sees as 404. */
    public Organisation requireOrganisation(long id) {
        return organisation(id).orElseThrow(() -> SfideException.notFound("error.organisation.notFound"));
    }

    public List<Organisation> organisations(OrganisationStatus status) {
        return status == null
                ? em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList()
                : em.createNamedQuery(Organisation.BY_STATUS, Organisation.class)
                        .setParameter("status", status).getResultList();
    }

    public boolean taxCodeTaken(String country, String taxCode) {
        return em.createNamedQuery(Organisation.COUNT_BY_TAX_CODE, Long.class)
                .setParameter("country", country).setParameter("taxCode", taxCode).getSingleResult() > 0;
    }

    public boolean ipaCodeTaken(String ipa) {
        return em.createNamedQuery(Organisation.COUNT_BY_IPA, Long.class).setParameter("ipa", ipa).getSingleResult() > 0;
    }

    public Optional<Organisation> organisationByTaxCode(String country, String taxCode) {
        return em.createNamedQuery(Organisation.BY_TAX_CODE, Organisation.class)
                .setParameter("country", country).setParameter("taxCode", taxCode).getResultStream().findFirst();
    }

    public boolean everInvited(String email) {
        return em.createNamedQuery(Invitation.COUNT_BY_EMAIL, Long.class).setParameter("email", email)
                .getSingleResult() > 0;
    }

    public Optional<Invitation> invitationByTokenHash(String hash) {
        return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    public List<Invitation> openInvitations(long organisationId, Instant now) {
        return em.createNamedQuery(Invitation.OPEN_OF_ORGANISATION, Invitation.class)
                .setParameter("organisation", organisationId).setParameter("now", now).getResultList();
    }

    /** The expert invitation with this hash, its row locked until the transaction ends (it is accepted once). */
    public Optional<ExpertInvitation> expertInvitationForUpdate(String hash) {
        return em.createNamedQuery(ExpertInvitation.BY_TOKEN_HASH, ExpertInvitation.class).setParameter("hash", hash)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<ExpertInvitation> expertInvitationByHash(String hash) {
        return em.createNamedQuery(ExpertInvitation.BY_TOKEN_HASH, ExpertInvitation.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** The expert invitations with these ids, in one query. */
    public List<ExpertInvitation> expertInvitations(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ExpertInvitation.BY_IDS, ExpertInvitation.class).setParameter("ids", ids)
                .getResultList();
    }

    /** (organisation id, e-mail address) of every member of these organisations, in one query. */
    public List<Object[]> memberEmails(java.util.Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o.id, a.email from Account a join a.organisation o where o.id in :ids",
                Object[].class).setParameter("ids", organisationIds).getResultList();
    }

    /** For each of these e-mail domains (lower case), how many organisations have members using it. */
    public List<Object[]> domainUsage(java.util.Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        // counted here rather than by GROUP BY: H2 does not see the grouped expression with its bound
        // parameters ('@', 1) as the selected one
        String domain = "lower(substring(a.email, locate('@', a.email) + 1))";
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select distinct " + domain + ", a.organisation.id from Account a"
                + " where a.organisation is not null and " + domain + " in :domains", Object[].class)
                .setParameter("domains", domains).getResultList()) {
            counts.merge((String) row[0], 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList();
    }

    /** The columns {@link #people} and {@link #searchPeople} read, in this order. */
    private static final String PERSON = "select a.id, a.fullName, a.email, a.locale, a.role, o.id, o.name"
            + " from Account a left join a.organisation o";

    /** Account id, full name, e-mail, language, role, organisation id and name of these accounts, in one query. */
    public List<Object[]> people(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(PERSON + " where a.id in :ids order by a.fullName, a.id", Object[].class)
                .setParameter("ids", accountIds).getResultList();
    }

    /**
     * As {@link #people}: accounts of these roles, with no organisation or a verified one, whose name, username or
     * e-mail address holds {@code text} (any case; {@code %} and {@code _} are plain characters), at most
     * {@code max}, by name.
     */
    public List<Object[]> searchPeople(String text, java.util.Collection<Role> roles, int max) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        return em.createQuery(PERSON + " where a.role in :roles and (o is null or o.status = :verified)"
                + " and (lower(a.fullName) like :text escape '!' or a.username like :text escape '!'"
                + " or lower(a.email) like :text escape '!') order by a.fullName, a.id", Object[].class)
                .setParameter("roles", roles).setParameter("verified", OrganisationStatus.VERIFIED)
                .setParameter("text", pattern).setMaxResults(max).getResultList();
    }

    /** The reset link with this hash, its row locked until the transaction ends (a link is used once). */
    public Optional<PasswordReset> resetForUpdate(String hash) {
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class).setParameter("hash", hash)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<PasswordReset> resetByHash(String hash) {
        return em.createNamedQuery(PasswordReset.BY_TOKEN_HASH, PasswordReset.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<PasswordReset> openResets(long accountId) {
        return em.createNamedQuery(PasswordReset.OPEN_OF_ACCOUNT, PasswordReset.class)
                .setParameter("account", accountId).getResultList();
    }

    public long resetsSince(long accountId, Instant since) {
        return em.createNamedQuery(PasswordReset.COUNT_SINCE, Long.class).setParameter("account", accountId)
                .setParameter("since", since).getSingleResult();
    }

    public List<RecoveryCode> unusedRecoveryCodes(long accountId) {
        return em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class).setParameter("account", accountId)
                .getResultList();
    }

    public void deleteRecoveryCodes(long accountId) {
        em.createNamedQuery(RecoveryCode.DELETE_OF_ACCOUNT).setParameter("account", accountId).executeUpdate();
    }

    public Optional<ApiToken> tokenByHash(String hash) {
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    /** Notes that a token was used now (at most once a minute; see {@link ApiToken#RECORD_USE}). */
    public void recordTokenUse(long tokenId, Instant now) {
        em.createNamedQuery(ApiToken.RECORD_USE).setParameter("id", tokenId).setParameter("now", now)
                .setParameter("since", now.minusSeconds(60)).executeUpdate();
    }

    public List<ApiToken> tokensOf(long accountId) {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("account", accountId).getResultList();
    }

    public <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /**
     * The account read again with its row locked until the transaction ends: acts that change it concurrently
     * (two logins of one person, a login and a profile change) take turns instead of failing on its version.
     */
    public Account lockForUpdate(Account account) {
        em.refresh(account, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    /** Makes unique-constraint violations surface now, inside the boundary, rather than at commit. */
    public void flush() {
        em.flush();
    }
}
