package it.sfide.evaluation.control;

import it.sfide.evaluation.ConflictSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictFinderTest {

    private static final ConflictFinder.Proposal STARTUP = new ConflictFinder.Proposal(1, List.of(
            new ConflictFinder.Party(10, "Nuvola Civica S.r.l.", true),
            new ConflictFinder.Party(20, "Politecnico di Milano", false)));
    private static final ConflictFinder.Proposal SME = new ConflictFinder.Proposal(2, List.of(
            new ConflictFinder.Party(30, "Dati & Territorio S.p.A.", true)));

    @Test
    void aMemberOfTheLeadOrOfAPartnerIsInConflict() {
        var lead = ConflictFinder.find(new ConflictFinder.Person(10L, "a@nuvolacivica.it"), List.of(STARTUP, SME),
                Map.of(), (id, name) -> false);
        assertEquals(List.of(new ConflictFinder.Found(1, ConflictSource.SAME_ORGANISATION, "Nuvola Civica S.r.l.")),
                lead);
        var partner = ConflictFinder.find(new ConflictFinder.Person(20L, "b@polimi.it"), List.of(STARTUP, SME),
                Map.of(), (id, name) -> false);
        assertEquals(ConflictSource.CONSORTIUM_PARTNER, partner.get(0).source());
    }

    @Test
    void anOrganisationsOwnEmailDomainIsAConflictButAPublicOrSharedOneIsNot() {
        Map<Long, Set<String>> domains = Map.of(10L, Set.of("nuvolacivica.it", "gmail.com", "consulenti.it"),
                30L, Set.of("datiterritorio.it"));
        Map<Long, Set<String>> own = ConflictFinder.ownDomains(domains, Map.of("nuvolacivica.it", 1L,
                "gmail.com", 40L, "consulenti.it", 3L, "datiterritorio.it", 1L));
        assertEquals(Set.of("nuvolacivica.it"), own.get(10L));
        var expert = ConflictFinder.find(new ConflictFinder.Person(null, "Esperta@NuvolaCivica.it"),
                List.of(STARTUP, SME), own, (id, name) -> false);
        assertEquals(1, expert.size());
        assertEquals(ConflictSource.EMAIL_DOMAIN, expert.get(0).source());
        assertTrue(ConflictFinder.find(new ConflictFinder.Person(null, "esperto@gmail.com"), List.of(STARTUP, SME),
                own, (id, name) -> false).isEmpty(), "a public mailbox says nothing");
    }

    @Test
    void aDeclaredAffiliationIsAConflict() {
        var found = ConflictFinder.find(new ConflictFinder.Person(null, "x@univ.example"), List.of(STARTUP, SME),
                Map.of(), (id, name) -> id == 30L);
        assertEquals(List.of(new ConflictFinder.Found(2, ConflictSource.AFFILIATION, "Dati & Territorio S.p.A.")),
                found);
    }
}
