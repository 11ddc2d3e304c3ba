package it.sfide.challenge.control;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.SearchTerms;
import it.sfide.challenge.boundary.CatalogueQuery;
import it.sfide.challenge.boundary.ChallengeSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue query: public challenges only (never drafts), each word of the search looked up as a prefix in the
 * term index (so the same query runs on the embedded database and on MySQL), filters as bound parameters, one
 * count and one page query.
 */
@Dependent
public class CatalogueSearch {

    private static final String SELECT = "SELECT NEW it.sfide.challenge.boundary.ChallengeSummary(c.id, c.ocid,"
            + " c.type, c.status, c.buyerId, c.titleIt, c.titleEn, c.summaryIt, c.summaryEn, c.region, c.budget,"
            + " c.trlMin, c.trlMax, c.deadline, c.publishedAt) FROM Challenge c";

    @PersistenceContext
    EntityManager em;

    public List<ChallengeSummary> page(CatalogueQuery query, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<ChallengeSummary> select = em.createQuery(SELECT + where + orderBy(query, locale),
                ChallengeSummary.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
    }

    public long count(CatalogueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Challenge c" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(CatalogueQuery q, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (q.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", q.status());
        } else {
            conditions.add("c.status <> :draft");
            parameters.put("draft", ChallengeStatus.DRAFT);
        }
        int i = 0;
        for (String word : SearchTerms.ofQuery(q.q())) {
            conditions.add("c.id IN (SELECT t" + i + ".challengeId FROM ChallengeTerm t" + i + " WHERE t" + i
                    + ".term LIKE :w" + i + ")");
            parameters.put("w" + i, word.replace("\\", "").replace("%", "").replace("_", "") + "%");
            i++;
        }
        add(conditions, parameters, "c.type = :type", "type", q.type());
        add(conditions, parameters, "c.buyerId = :body", "body", q.body());
        add(conditions, parameters, "c.region = :region", "region", q.region());
        if (q.theme() != null && !q.theme().isBlank()) {
            conditions.add("CONCAT(',', c.themes, ',') LIKE :theme");
            parameters.put("theme", "%," + q.theme().strip().replace("%", "").replace("_", "") + ",%");
        }
        if (q.trl() != null) {
            conditions.add("c.trlMin <= :trl AND c.trlMax >= :trl");
            parameters.put("trl", q.trl());
        }
        add(conditions, parameters, "c.budget >= :budgetMin", "budgetMin", q.budgetMin());
        add(conditions, parameters, "c.budget <= :budgetMax", "budgetMax", q.budgetMax());
        add(conditions, parameters, "c.deadline >= :deadlineFrom", "deadlineFrom", q.deadlineFrom());
        add(conditions, parameters, "c.deadline < :deadlineTo", "deadlineTo", q.deadlineTo());
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private static String orderBy(CatalogueQuery q, Locale locale) {
        return switch (q.sort()) {
            case NEWEST -> " ORDER BY c.publishedAt DESC, c.id DESC";
            case DEADLINE -> " ORDER BY c.deadline ASC, c.id DESC";
            case BUDGET -> " ORDER BY c.budget DESC, c.id DESC";
            case TITLE -> "en".equals(locale.getLanguage()) ? " ORDER BY c.titleEn ASC, c.id DESC"
                    : " ORDER BY c.titleIt ASC, c.id DESC";
        };
    }
}
