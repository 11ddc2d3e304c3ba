package it.sfide.evaluation.control;

import it.sfide.evaluation.ConflictSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds a member's conflicts of interest with the proposals before a committee: the member belongs to the lead
 * applicant or to a consortium partner, their e-mail domain is one of those organisations' own, or they declared
 * an affiliation with one. An e-mail domain counts only when it is an organisation's own: never a public mailbox
 * provider, never a domain that members of several organisations share.
 */
public final class ConflictFinder {

    /** Public mailbox and certified-mail providers: a shared domain there says nothing about a relationship. */
    static final Set<String> PUBLIC_MAIL = Set.of("gmail.com", "googlemail.com", "libero.it", "virgilio.it",
            "alice.it", "tiscali.it", "hotmail.com", "hotmail.it", "outlook.com", "outlook.it", "live.com", "live.it",
            "msn.com", "yahoo.com", "yahoo.it", "icloud.com", "me.com", "tim.it", "fastwebnet.it", "email.it",
            "inwind.it", "tin.it", "pec.it", "legalmail.it", "arubapec.it", "aruba.it", "postecert.it",
            "protonmail.com", "proton.me", "gmx.com", "gmx.net", "aol.com");

    private ConflictFinder() {
    }

    /** The member as conflicts are looked for. */
    public record Person(Long organisationId, String email) {
        String domain() {
            return domainOf(email);
        }
    }

    /** An organisation taking part in a proposal, as lead or partner. */
    public record Party(long organisationId, String name, boolean lead) {
    }

    /** A proposal with its parties. */
    public record Proposal(long candidateId, List<Party> parties) {
    }

    /** A conflict found. */
    public record Found(long candidateId, ConflictSource source, String detail) {
    }

    /**
     * The conflicts of one member.
     *
     * @param ownDomains each organisation's own e-mail domains (already without shared and public ones)
     * @param affiliated whether the member declared an affiliation with an organisation (by id and name)
     */
    public static List<Found> find(Person member, List<Proposal> proposals, Map<Long, Set<String>> ownDomains,
            BiPredicate<Long, String> affiliated) {
        List<Found> found = new ArrayList<>();
        String domain = member.domain();
        for (Proposal p : proposals) {
            for (Party party : p.parties()) {
                if (member.organisationId() != null && member.organisationId() == party.organisationId()) {
                    found.add(new Found(p.candidateId(), party.lead() ? ConflictSource.SAME_ORGANISATION
                            : ConflictSource.CONSORTIUM_PARTNER, party.name()));
                } else if (domain != null && ownDomains.getOrDefault(party.organisationId(), Set.of())
                        .contains(domain)) {
                    found.add(new Found(p.candidateId(), ConflictSource.EMAIL_DOMAIN, party.name() + " (@" + domain
                            + ")"));
                } else if (affiliated.test(party.organisationId(), party.name())) {
                    found.add(new Found(p.candidateId(), ConflictSource.AFFILIATION, party.name()));
                }
            }
        }
        return found;
    }

    /** The lower-case domain of an address, or null. */
    public static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An organisation's own domains: those of its members' addresses that are not public mailboxes and that no
     * other organisation's members use.
     *
     * @param domains every organisation's members' domains
     * @param organisationsUsing for a domain, how many organisations' members use it on the whole platform
     */
    public static Map<Long, Set<String>> ownDomains(Map<Long, Set<String>> domains,
            Map<String, Long> organisationsUsing) {
        Map<Long, Set<String>> own = new java.util.HashMap<>();
        domains.forEach((organisation, set) -> own.put(organisation, set.stream()
                .filter(d -> !PUBLIC_MAIL.contains(d) && organisationsUsing.getOrDefault(d, 1L) <= 1)
                .collect(java.util.stream.Collectors.toSet())));
        return own;
    }
}
