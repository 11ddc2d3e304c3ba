package it.sfide.reuse.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.reuse.CatalogueEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Names the reuse catalogue's entries in the audit log by the solution's name. */
@Dependent
public class ReuseAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        if (!"reuseEntry".equals(targetType)) {
            return Map.of();
        }
        return AuditNames.byId(em, CatalogueEntry.class, ids, CatalogueEntry::getId, CatalogueEntry::getName);
    }
}
