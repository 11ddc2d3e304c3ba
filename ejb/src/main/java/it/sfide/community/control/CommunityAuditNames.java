package it.sfide.community.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.community.Community;
import it.sfide.community.Discussion;
import it.sfide.shared.Bilingual;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Names communities in the audit log in the reader's language, and discussions by their title (unless removed). */
@Dependent
public class CommunityAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        return switch (targetType) {
            case "community" -> AuditNames.byId(em, Community.class, ids, Community::getId,
                    c -> Bilingual.pick(locale, c.getNameIt(), c.getNameEn()));
            case "discussion" -> AuditNames.byId(em, Discussion.class, ids, Discussion::getId, Discussion::getTitle);
            default -> Map.of();
        };
    }
}
