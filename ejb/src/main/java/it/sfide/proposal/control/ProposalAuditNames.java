package it.sfide.proposal.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Proposal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names proposals in the audit log by their challenge and number ("Smart parking · proposta n. 14"): never by their
 * title or their organisation, which are sealed until the opening.
 */
@Dependent
public class ProposalAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChallengeCatalogue challenges;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        if (!"proposal".equals(targetType) || numbers.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT p.id, p.challengeId FROM Proposal p WHERE p.id IN :ids",
                Object[].class).setParameter("ids", numbers).getResultList();
        Map<Long, String> titles = challenges.titles(rows.stream().map(r -> (Long) r[1]).distinct().toList(), locale);
        return rows.stream().filter(r -> titles.containsKey((Long) r[1]))
                .collect(Collectors.toMap(r -> String.valueOf(r[0]),
                        r -> Texts.get(locale, "audit.name.proposal", titles.get((Long) r[1]), String.valueOf(r[0]))));
    }
}
