package it.sfide.demo;

import it.sfide.community.Community;
import it.sfide.community.Discussion;
import it.sfide.community.MemberRole;
import it.sfide.community.Membership;
import it.sfide.community.Post;
import it.sfide.community.SharedFile;
import it.sfide.community.control.Communities;
import it.sfide.identity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo communities: one on sustainable mobility (a discussion about the demo PCP with a shared document, a
 * discussion on the theme with a message removed by the manager), one on reusable digital services.
 */
@Dependent
public class DemoCommunities {

    @Inject
    Communities communities;

    /** Creates them once. */
    public void load(Account buyer1, Account buyer3, Account operator1, Account operator2, Account operator3,
            Long pcpId, Instant now) {
        if (!communities.all().isEmpty()) {
            return;
        }
        Community mobility = communities.persist(new Community("Mobilità sostenibile nei territori",
                "Sustainable mobility across territories",
                "Enti e imprese che lavorano su trasporto a chiamata, mobilità dolce e logistica urbana.",
                "Bodies and companies working on on-demand transport, soft mobility and urban logistics.",
                "mobility", "buyer1", now.minus(Duration.ofDays(60))));
        join(mobility, buyer1, MemberRole.MANAGER, now.minus(Duration.ofDays(60)));
        join(mobility, operator1, MemberRole.MEMBER, now.minus(Duration.ofDays(40)));
        join(mobility, operator2, MemberRole.MEMBER, now.minus(Duration.ofDays(30)));
        join(mobility, operator3, MemberRole.MEMBER, now.minus(Duration.ofDays(20)));

        Discussion aboutPcp = communities.persist(new Discussion(mobility.getId(), pcpId, "mobility",
                "Consorzi per il trasporto a chiamata nelle valli", operator2.getId(), now.minus(Duration.ofDays(6))));
        communities.persist(new Post(aboutPcp.getId(), operator2.getId(), "Cerchiamo una PMI che gestisca "
                + "l'app di prenotazione per un consorzio con il nostro dipartimento di trasporti.",
                now.minus(Duration.ofDays(6))));
        Post offer = communities.persist(new Post(aboutPcp.getId(), operator1.getId(), "Ci siamo: abbiamo già un "
                + "servizio simile in Valtellina. Allego la scheda tecnica.", now.minus(Duration.ofDays(5))));
        byte[] sheet = ("Nuvola Civica - scheda tecnica\nPrenotazione corse a chiamata, raggruppamento in tempo "
                + "reale, funzionamento offline.\n").getBytes(StandardCharsets.UTF_8);
        SharedFile file = communities.persist(new SharedFile("scheda-tecnica.txt", sheet,
                now.minus(Duration.ofDays(5))));
        offer.attach(file.getId());
        aboutPcp.posted(now.minus(Duration.ofDays(5)));

        Discussion bikes = communities.persist(new Discussion(mobility.getId(), null, "mobility",
                "Ciclabili e scuole: esperienze a confronto", buyer1.getId(), now.minus(Duration.ofDays(15))));
        communities.persist(new Post(bikes.getId(), buyer1.getId(), "Quali comuni hanno misurato l'effetto delle "
                + "strade scolastiche sul traffico del mattino?", now.minus(Duration.ofDays(15))));
        Post spam = communities.persist(new Post(bikes.getId(), operator3.getId(), "Offerta speciale sui nostri "
                + "corsi, scrivete in privato!", now.minus(Duration.ofDays(14))));
        spam.remove("Messaggio pubblicitario, fuori tema / Advertising, off topic", "buyer1",
                now.minus(Duration.ofDays(13)));

        Community digital = communities.persist(new Community("Servizi digitali riusabili",
                "Reusable digital services",
                "Per condividere codice, capitolati e risultati dei servizi digitali tra amministrazioni.",
                "To share code, specifications and results of digital services among administrations.",
                "digital-services", "buyer3", now.minus(Duration.ofDays(50))));
        join(digital, buyer3, MemberRole.MANAGER, now.minus(Duration.ofDays(50)));
        join(digital, buyer1, MemberRole.MEMBER, now.minus(Duration.ofDays(45)));
    }

    private void join(Community community, Account account, MemberRole role, Instant at) {
        communities.persist(new Membership(community.getId(), account.getId(), role, at));
    }
}
