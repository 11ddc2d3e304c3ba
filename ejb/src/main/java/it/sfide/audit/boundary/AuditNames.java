package it.sfide.audit.boundary;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A port the business areas implement so that the audit log reads with names, not ids: each area names the
 * objects it owns ("challenge" 12 is its title). The audit area calls every implementation and calls no area.
 */
public interface AuditNames {

    /**
     * The names of the objects of this kind, by id, in the reader's language where they have two; an empty map for
     * a kind the area does not own. Names only: never sealed content.
     */
    Map<String, String> names(String targetType, Collection<String> ids, Locale locale);

    /** The ids that are numbers, as numbers (target ids are strings; the areas' ids are longs). */
    static java.util.List<Long> numericIds(Collection<String> ids) {
        return ids.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).distinct()
                .toList();
    }
}
