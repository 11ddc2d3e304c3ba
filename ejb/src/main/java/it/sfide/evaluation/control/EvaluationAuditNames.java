package it.sfide.evaluation.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.evaluation.Committee;
import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names committees in the audit log by their challenge's title and phase ("Smart parking · fase 2"). */
@Dependent
public class EvaluationAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChallengeCatalogue challenges;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        if (!"committee".equals(targetType) || numbers.isEmpty()) {
            return Map.of();
        }
        List<Committee> committees = em.createQuery("SELECT c FROM Committee c WHERE c.id IN :ids", Committee.class)
                .setParameter("ids", numbers).getResultList();
        Map<Long, String> titles = challenges.titles(
                committees.stream().map(Committee::getChallengeId).distinct().toList(), locale);
        return committees.stream().filter(c -> titles.containsKey(c.getChallengeId()))
                .collect(Collectors.toMap(c -> String.valueOf(c.getId()),
                        c -> Texts.get(locale, "audit.name.committee", titles.get(c.getChallengeId()),
                                c.getPhaseNumber())));
    }
}
