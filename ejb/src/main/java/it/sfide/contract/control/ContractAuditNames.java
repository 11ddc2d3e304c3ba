package it.sfide.contract.control;

import it.sfide.audit.boundary.AuditNames;
import it.sfide.contract.Contract;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Names contracts in the audit log by their code. */
@Dependent
public class ContractAuditNames implements AuditNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        if (!"contract".equals(targetType)) {
            return Map.of();
        }
        return AuditNames.byId(em, Contract.class, ids, Contract::getId, Contract::getCode);
    }
}
