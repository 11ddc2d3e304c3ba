package it.sfide.challenge.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.challenge.Challenge;
import it.sfide.shared.Bilingual;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names challenges in the audit log by their title in the reader's language. */
@Dependent
public class ChallengeAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        if (!"challenge".equals(targetType) || numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Challenge c WHERE c.id IN :ids", Challenge.class)
                .setParameter("ids", numbers).getResultList().stream()
                .collect(Collectors.toMap(c -> String.valueOf(c.getId()),
                        c -> nonNull(Bilingual.pick(locale, c.getTitleIt(), c.getTitleEn()), c.getOcid())));
    }

    private static String nonNull(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title;
    }
}
