package it.sfide.community.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.community.Community;
import it.sfide.shared.Bilingual;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names communities in the audit log in the reader's language. */
@Dependent
public class CommunityAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        if (!"community".equals(targetType) || numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Community c WHERE c.id IN :ids", Community.class)
                .setParameter("ids", numbers).getResultList().stream()
                .collect(Collectors.toMap(c -> String.valueOf(c.getId()),
                        c -> Bilingual.pick(locale, c.getNameIt(), c.getNameEn())));
    }
}
