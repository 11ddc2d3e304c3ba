package it.sfide.contract.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.contract.Contract;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names contracts in the audit log by their code. */
@Dependent
public class ContractAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        if (!"contract".equals(targetType) || numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT k FROM Contract k WHERE k.id IN :ids", Contract.class)
                .setParameter("ids", numbers).getResultList().stream()
                .collect(Collectors.toMap(k -> String.valueOf(k.getId()),
                        k -> k.getCode() == null ? "#" + k.getId() : k.getCode()));
    }
}
