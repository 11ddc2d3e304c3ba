package it.sfide.identity.control;

import it.sfide.audit.boundary.ActorDirectory;
import it.sfide.audit.boundary.AuditNames;
import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Tells the audit chain which organisation an actor belongs to, and names organisations and accounts in the log. */
@Dependent
public class IdentityActorDirectory implements ActorDirectory, AuditNames {

    @Inject
    Accounts accounts;

    @Override
    public Long organisationOf(String username) {
        return accounts.byUsername(username)
                .map(a -> a.getOrganisation() == null ? null : a.getOrganisation().getId())
                .orElse(null);
    }

    @Override
    public Map<Long, String> organisations() {
        return accounts.organisations(null).stream()
                .sorted(Comparator.comparing(Organisation::getName, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a,
                        LinkedHashMap::new));
    }

    @Override
    public Map<String, String> names(String targetType, Collection<String> ids, Locale locale) {
        List<Long> numbers = AuditNames.numericIds(ids);
        return switch (targetType) {
            case "organisation" -> accounts.organisationsByIds(numbers).stream()
                    .collect(Collectors.toMap(o -> String.valueOf(o.getId()), Organisation::getName));
            case "account" -> accounts.byIds(numbers).stream()
                    .collect(Collectors.toMap(a -> String.valueOf(a.getId()), Account::getUsername));
            default -> Map.of();
        };
    }
}
