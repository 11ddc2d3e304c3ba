package it.sfide.testing.probe;

import it.sfide.identity.Account;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.shared.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Locale;

/** Makes accounts no page or API can make, such as a second platform admin with a password of their own. */
@Stateless
public class IdentityProbe {

    @PersistenceContext(unitName = "sfide")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createAdmin(String username, String password) {
        em.persist(new Account(username, username + "@admin.example.org", "Admin " + username, hasher.hash(password),
                Role.ADMIN, null, Locale.ITALIAN, Instant.now()));
    }

    /** How many recovery codes (used or not) the account has in the database. */
    public long recoveryCodes(String username) {
        return em.createQuery("select count(c) from RecoveryCode c where c.account.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }
}
