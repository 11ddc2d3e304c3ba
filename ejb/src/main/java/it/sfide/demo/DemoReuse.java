package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.control.Contracts;
import it.sfide.identity.Account;
import it.sfide.identity.boundary.Directory;
import it.sfide.reuse.Adoption;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryDetails;
import it.sfide.reuse.Interest;
import it.sfide.reuse.control.Entries;
import it.sfide.reuse.control.ReuseMail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The demo's reuse catalogue: the solution of the completed bridge-monitoring contract ({@link DemoContracts}),
 * published by buyer1 for Regione Lombardia under EUPL-1.2; Comune di Milano's interest, declared by buyer4 (who
 * writes in English; buyer1 and buyer2 were e-mailed), and its adoption, recorded by buyer3. Each item is made only
 * if missing.
 */
@Dependent
public class DemoReuse {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    static final String NAME = "Ponti Digitali";

    private static final String LONG_IT = """
            Ponti Digitali raccoglie le misure dei sensori in fibra ottica a reticolo di Bragg incollati a travi e \
            pile dei ponti (deformazioni e temperature) e le confronta con il gemello digitale della struttura: un \
            modello a elementi finiti calibrato sulle prime settimane di misure.

            Quando il comportamento misurato si discosta da quello atteso oltre le soglie concordate con i tecnici, \
            il sistema avvisa il gestore della strada e propone un'ispezione. Ogni ponte ha la sua scheda con lo \
            storico delle misure, degli allarmi e degli interventi, consultabile anche da tablet in cantiere.

            È nato dalla sfida "Monitoraggio strutturale dei ponti provinciali" di Regione Lombardia, è stato \
            realizzato dal Politecnico di Milano e collaudato su 40 ponti provinciali; le misure sono pubblicate \
            come dati aperti. Province, città metropolitane e comuni che gestiscono ponti possono riusarlo.""";

    private static final String LONG_EN = """
            Ponti Digitali collects the readings of fibre Bragg grating sensors glued to the beams and piers of \
            bridges (strain and temperature) and compares them with the structure's digital twin: a finite-element \
            model calibrated on the first weeks of readings.

            When the measured behaviour departs from the expected one beyond the thresholds agreed with the \
            engineers, the system alerts the road operator and proposes an inspection. Each bridge has its own \
            record with the history of readings, alerts and works, which can also be read on a tablet on site.

            It was born from Regione Lombardia's challenge "Structural monitoring of provincial bridges", built by \
            Politecnico di Milano and tested on 40 provincial bridges; the readings are published as open data. \
            Provinces, metropolitan cities and municipalities that manage bridges can reuse it.""";

    @Inject
    DemoChallenges challengeDemo;

    @Inject
    Contracts contracts;

    @Inject
    Entries entries;

    @Inject
    ReuseMail mail;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    Directory directory;

    /** Publishes the completed contract's solution, then Milano's interest and adoption, each unless present. */
    public void load(Map<String, Account> people, Instant now) {
        Challenge challenge = challengeDemo.challenges.findByOcid(DemoChallenges.PREFIX + "11").orElse(null);
        Contract contract = challenge == null ? null
                : contracts.ofChallenge(challenge.getId()).stream().findFirst().orElse(null);
        if (contract == null || contract.getStatus() != ContractStatus.COMPLETED) {
            return;
        }
        CatalogueEntry entry = entries.ofContract(contract.getId())
                .orElseGet(() -> publish(challenge, contract, people.get("buyer1"), now));
        Account buyer4 = people.get("buyer4");
        long milano = buyer4.getOrganisation().getId();
        if (entries.interestOf(entry.getId(), milano).isEmpty()) {
            Interest interest = entries.persist(new Interest(entry, milano, buyer4.getId(), "Comune di Milano looks "
                    + "after 96 bridges and underpasses and would like to try Ponti Digitali on the bridges over the "
                    + "Naviglio Grande next year. Could your engineers share the calibration procedure of the model? "
                    + "Please write to me or call the Mobility department.", now.minus(Duration.ofHours(10))),
                    "reuse.error.alreadyInterested");
            mail.interest(entry, buyer4.getFullName(), buyer4.getOrganisation().getName(), interest.getMessage());
        }
        Account buyer3 = people.get("buyer3");
        if (entries.adoptionOf(entry.getId(), milano).isEmpty()) {
            LocalDate today = now.atZone(ROME).toLocalDate();
            entries.persist(new Adoption(entry, milano, buyer3.getId(), today.minusDays(1), "Area Infrastrutture per "
                    + "la mobilità: monitoraggio sperimentale di 5 ponti sul Naviglio Grande", null, today,
                    now.minus(Duration.ofHours(3))), "reuse.error.alreadyAdopted");
        }
    }

    private CatalogueEntry publish(Challenge challenge, Contract contract, Account buyer, Instant now) {
        Instant published = now.minus(Duration.ofHours(18));
        EntryDetails details = new EntryDetails(NAME, "https://gitlab.com/regione-lombardia/ponti-digitali", null,
                "EUPL-1.2", "standalone/web", "stable", List.of("data-analytics", "data-collection",
                        "geographic-information-systems"), List.of("web"), List.of("it", "en"), "1.0.0",
                contract.getCompletedAt().atZone(ROME).toLocalDate(), contract.getEndsOn(), true,
                new EntryDetails.Description("Monitoraggio strutturale dei ponti con sensori in fibra ottica, "
                        + "gemello digitale e allarmi sulle soglie.", LONG_IT, List.of(
                                "Misure continue dei sensori in fibra ottica",
                                "Gemello digitale calibrato di ogni ponte",
                                "Allarmi quando una misura supera la soglia",
                                "Scheda di ogni ponte con lo storico di misure e interventi",
                                "Misure pubblicate come dati aperti")),
                new EntryDetails.Description("Structural monitoring of bridges with fibre-optic sensors, a "
                        + "digital twin and threshold alerts.", LONG_EN, List.of(
                                "Continuous readings of fibre-optic sensors",
                                "A calibrated digital twin of each bridge",
                                "Alerts when a reading crosses its threshold",
                                "A record for each bridge with the history of readings and works",
                                "Readings published as open data")));
        String body = directory.organisationName(contract.getBodyId());
        String operator = directory.organisationName(contract.getOperatorId());
        CatalogueEntry entry = entries.persist(new CatalogueEntry(contract.getId(), challenge.getId(),
                contract.getBodyId(), contract.getOperatorId(), directory.publicBody(contract.getBodyId())
                        .map(Directory.PublicBodyView::region).orElse(null),
                catalogue.get(challenge.getId()).themes(), details, buyer.getId(), published),
                "reuse.error.alreadyPublished");
        entries.reindex(entry, entry.searchTerms(body, operator));
        return entry;
    }
}
