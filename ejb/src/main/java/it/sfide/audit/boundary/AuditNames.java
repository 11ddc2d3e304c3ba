package it.sfide.audit.boundary;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    static List<Long> numericIds(Collection<String> ids) {
        return ids.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).distinct()
                .toList();
    }

    /**
     * The rows of an entity with these (numeric) ids, in one query, named by {@code name}; rows it names
     * {@code null} are left out (the log then shows the id).
     */
    static <E> Map<String, String> byId(EntityManager em, Class<E> entity, Collection<String> ids,
                                        Function<E, Long> id, Function<E, String> name) {
        List<Long> numbers = numericIds(ids);
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e WHERE e.id IN :ids", entity)
                .setParameter("ids", numbers).getResultList().stream()
                .filter(e -> name.apply(e) != null)
                .collect(Collectors.toMap(e -> String.valueOf(id.apply(e)), name));
    }
}
