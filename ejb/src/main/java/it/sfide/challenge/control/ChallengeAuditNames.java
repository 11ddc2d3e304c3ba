package it.sfide.challenge.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.challenge.Challenge;
import it.sfide.shared.Bilingual;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Names challenges in the audit log by their title in the reader's language (the ocid while it has none). */
@Dependent
public class ChallengeAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        if (!"challenge".equals(targetType)) {
            return Map.of();
        }
        return AuditNames.byId(em, Challenge.class, ids, Challenge::getId,
                c -> nonNull(Bilingual.pick(locale, c.getTitleIt(), c.getTitleEn()), c.getOcid()));
    }

    private static String nonNull(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title;
    }
}
