package it.sfide.reuse.control;

import it.sfide.challenge.SearchTerms;
import it.sfide.reuse.boundary.EntrySummary;
import it.sfide.reuse.boundary.ReuseQuery;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reuse catalogue's query, built like the challenge catalogue's: each word a prefix looked up in the entries'
 * term index (the same on the embedded database and on MySQL), filters as bound parameters, one count and one page
 * query, newest first. A licence filter finds the identifier alone or within an expression ({@code EUPL-1.2} finds
 * {@code EUPL-1.2 OR MIT}).
 */
@Dependent
public class EntrySearch {

    private static final String SELECT = "SELECT NEW it.sfide.reuse.boundary.EntrySummary(e.id, e.name, e.shortIt,"
            + " e.shortEn, e.licence, e.bodyId, e.operatorId, e.region, e.publishedAt) FROM CatalogueEntry e";

    @PersistenceContext
    EntityManager em;

    public List<EntrySummary> page(ReuseQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<EntrySummary> select = em.createQuery(SELECT + where(query, parameters)
                + " ORDER BY e.publishedAt DESC, e.id DESC", EntrySummary.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
    }

    public long count(ReuseQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM CatalogueEntry e" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(ReuseQuery q, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        int i = 0;
        for (String word : SearchTerms.ofQuery(q.q())) {
            conditions.add("e.id IN (SELECT t" + i + ".entryId FROM EntryTerm t" + i + " WHERE t" + i
                    + ".term LIKE :w" + i + ")");
            parameters.put("w" + i, word.replace("\\", "").replace("%", "").replace("_", "") + "%");
            i++;
        }
        if (q.licence() != null) {
            // identifiers hold neither % nor _ (ReuseParameters takes only those of the vocabulary)
            conditions.add("(e.licence = :licence OR e.licence LIKE :licenceFirst OR e.licence LIKE :licenceLast"
                    + " OR e.licence LIKE :licenceWithin)");
            parameters.put("licence", q.licence());
            parameters.put("licenceFirst", q.licence() + " %");
            parameters.put("licenceLast", "% " + q.licence());
            parameters.put("licenceWithin", "% " + q.licence() + " %");
        }
        if (q.body() != null) {
            conditions.add("e.bodyId = :body");
            parameters.put("body", q.body());
        }
        if (q.region() != null) {
            conditions.add("e.region = :region");
            parameters.put("region", q.region());
        }
        if (q.theme() != null) {
            conditions.add("CONCAT(',', e.themes, ',') LIKE :theme");
            parameters.put("theme", "%," + q.theme() + ",%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
