package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.contract.Contract;
import it.sfide.contract.Deliverable;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.AwardWinner;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.Submission;
import static it.sfide.demo.DemoEvaluations.budget;
import static it.sfide.demo.DemoEvaluations.files;
import static it.sfide.demo.DemoEvaluations.proposal;
import static it.sfide.demo.DemoEvaluations.s;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's pre-commercial procurement in execution: Regione Lombardia's low-cost sensors for landslide monitoring,
 * written by buyer1 and approved by buyer2, its call closed ten months ago.
 * <ul>
 * <li>phase 1 (solution design): proposals of Nuvola Civica, Politecnico di Milano and Dati &amp; Territorio sealed,
 * opened, judged by a committee chaired by buyer3, all three awarded; their contracts signed on the platform by
 * buyer1 and each legal representative, every milestone delivered, accepted and paid, each contract completed with
 * a completion certificate;</li>
 * <li>the stage gate into phase 2: the same engine judges the three contractors by phase 2's criteria and its
 * stage-gate decision selects Politecnico di Milano and Dati &amp; Territorio; Nuvola Civica gets its letter;</li>
 * <li>phase 2 (prototype) under way: Politecnico's first milestone accepted and paid, its second rejected with
 * reasons and delivered again, waiting for buyer1; Dati &amp; Territorio's first delivered, waiting too.</li>
 * </ul>
 * The steps are DemoEvaluations' and DemoContracts'; the records carry past instants, the documents are issued (and
 * signed with the demo password) at first start.
 */
@Dependent
public class DemoPcp {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    DemoChallenges challengeDemo;

    @Inject
    DemoEvaluations evaluationDemo;

    @Inject
    DemoContracts contractDemo;

    @Inject
    Evaluations evaluations;

    private Map<String, Account> people;

    /**
     * Creates the PCP and its history unless it exists.
     *
     * @param people the demo accounts by username (buyer1–4, operator1–3, evaluator1–4)
     */
    public void load(Organisation lombardia, Map<String, Account> people, Instant now) {
        if (challengeDemo.challenges.ocidTaken(DemoChallenges.PREFIX + "12")) {
            return;
        }
        this.people = people;
        evaluationDemo.begin(people, now);
        Challenge pcp = challengeDemo.loadPcpInExecution(lombardia, now);

        // phase 1: the call, the committee, three contractors
        Committee first = selection(pcp);
        Award firstAward = evaluations.awards(first.getId()).get(0);
        Instant signed = firstAward.getAppealUntil().plus(Duration.ofDays(3));
        Instant lastCompleted = signed;
        for (AwardWinner w : firstAward.getWinners()) {
            Instant completed = designContract(pcp, firstAward, w, signed);
            lastCompleted = completed.isAfter(lastCompleted) ? completed : lastCompleted;
            signed = signed.plus(Duration.ofHours(26));
        }

        // the stage gate: the three contractors judged by phase 2's criteria, two continue
        Committee gate = evaluationDemo.appoint(pcp, 2, 1, evaluationDemo.contractors(first), "buyer1", "buyer3",
                lastCompleted.plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS));
        evaluationDemo.assign(gate, gate.getAppointedAt().plus(Duration.ofDays(2)));
        DemoEvaluations.Judged judged = evaluationDemo.judge(gate, DESIGNS, "buyer3",
                gate.getAssignedAt().plus(Duration.ofDays(2)));
        Award stageGate = evaluationDemo.award(pcp, gate, judged.candidates(), "buyer1", Map.of(
                "operator2", new BigDecimal("220000"), "operator3", new BigDecimal("200000")),
                judged.reportedAt().plus(Duration.ofDays(3)));

        // phase 2 under way
        prototypes(pcp, stageGate, stageGate.getAppealUntil().plus(Duration.ofDays(4)), now);
    }

    /** Phase 1's proposals sealed, opened, judged and all three awarded (the challenge AWARDED). */
    private Committee selection(Challenge pcp) {
        Instant deadline = pcp.getPhases().get(0).getClosesAt();
        List<Submission> sent = new ArrayList<>();
        sent.add(evaluationDemo.seal(pcp, account("operator1"), proposal(
                "Inclinometri MEMS a energia solare su rete LoRaWAN",
                "Paletti con inclinometri MEMS e pannello solare, da 300 euro l'uno, fitti sui versanti: una rete "
                        + "LoRaWAN porta le misure a un cruscotto che avvisa i comuni quando il terreno accelera.",
                "Sensori di inclinazione a tre assi ancorati a un metro di profondità, gateway LoRaWAN con "
                        + "collegamento satellitare di riserva, soglie di velocità per versante e allerte per SMS e "
                        + "app ai tecnici comunali; dati aperti in formato standard.",
                "Nuvola Civica: due sviluppatori, un ingegnere elettronico, un geologo consulente.",
                budget("Progetto dei sensori e della rete", 30000, "Analisi dei versanti pilota", 15000), 4, 7,
                "Hardware e software con licenze aperte (CERN-OHL, EUPL); i dati restano della Regione."),
                files("Proposta tecnica - inclinometri.pdf", "Proposta tecnica: inclinometri",
                        "Piano economico.pdf", "Piano economico"),
                deadline.minus(Duration.ofDays(20)), deadline.minus(Duration.ofDays(6))));
        sent.add(evaluationDemo.seal(pcp, account("operator2"), proposal(
                "Fibra ottica distribuita e modello idrogeologico dei versanti",
                "Un cavo in fibra ottica interrato lungo il versante misura deformazioni ogni metro; un modello "
                        + "idrogeologico alimentato dai pluviometri stima quando la pioggia rende il pendio instabile.",
                "Sensing distribuito (Brillouin) su cavi fino a 5 km, pluviometri e piezometri economici, modello "
                        + "accoppiato pioggia-infiltrazione-stabilità calibrato sui dati storici, soglie di allerta "
                        + "concordate con la protezione civile regionale.",
                "Dipartimento di Ingegneria civile e ambientale: due docenti di geotecnica, tre ricercatori, un "
                        + "tecnico di laboratorio.",
                budget("Ricercatori", 35000, "Rilievi sui versanti pilota", 15000), 4, 8,
                "Modelli e codice con licenza aperta; pubblicazione scientifica dei risultati."),
                files("Proposta tecnica - fibra ottica.pdf", "Proposta tecnica: fibra ottica",
                        "Curriculum del gruppo.pdf", "Curriculum del gruppo di ricerca"),
                deadline.minus(Duration.ofDays(25)), deadline.minus(Duration.ofDays(2))));
        sent.add(evaluationDemo.seal(pcp, account("operator3"), proposal(
                "Interferometria satellitare e pluviometri connessi",
                "Le immagini radar dei satelliti Sentinel-1 misurano gli spostamenti millimetrici di ogni versante "
                        + "della regione; pluviometri connessi nelle zone a rischio fanno scattare le allerte.",
                "Elaborazione interferometrica (PS-InSAR) ogni sei giorni su tutta la Lombardia, mappa delle aree in "
                        + "accelerazione, 40 pluviometri a basso costo con trasmissione NB-IoT nei versanti più "
                        + "attivi, bollettino settimanale ai comuni.",
                "Dati & Territorio: tre analisti di telerilevamento, un geologo, un tecnico delle reti.",
                budget("Elaborazione delle immagini", 28000, "Rete di pluviometri", 20000), 5, 8,
                "Licenza d'uso perpetua alla Regione per le mappe e il software di allerta."),
                files("Proposta tecnica - interferometria.pdf", "Proposta tecnica: interferometria"),
                deadline.minus(Duration.ofDays(15)), deadline.minus(Duration.ofHours(30))));
        Committee c = evaluationDemo.openAndAppoint(pcp, sent, "buyer1", "buyer2", "buyer3",
                deadline.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS), 5);
        evaluationDemo.assign(c, c.getAppointedAt().plus(Duration.ofDays(2)));
        DemoEvaluations.Judged judged = evaluationDemo.judge(c, LANDSLIDES, "buyer3",
                c.getAssignedAt().plus(Duration.ofDays(2)));
        evaluationDemo.award(pcp, c, judged.candidates(), "buyer1", Map.of("operator1", new BigDecimal("45000"),
                "operator2", new BigDecimal("50000"), "operator3", new BigDecimal("48000")),
                judged.reportedAt().plus(Duration.ofDays(3)));
        return c;
    }

    /**
     * A phase-1 contract of four months: signed, both milestones delivered, accepted and paid, completed. Returns
     * when it was completed.
     */
    private Instant designContract(Challenge pcp, Award award, AwardWinner w, Instant signedAt) {
        Account buyer = account("buyer1");
        Account operator = operatorOf(w);
        Design d = DESIGN.get(operator.getUsername());
        LocalDate start = signedAt.atZone(ROME).toLocalDate().plusDays(1);
        LocalDate end = start.plusMonths(4);
        BigDecimal advance = w.getAmount().multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP);
        Contract c = contractDemo.signed(pcp, award, w, d.object, start, end, List.of(
                new Contract.MilestoneLine("Analisi dei versanti pilota e requisiti", "Rilievi, dati storici dei "
                        + "movimenti e requisiti concordati con la protezione civile.", start.plusWeeks(6), advance),
                new Contract.MilestoneLine("Progetto della soluzione e piano del prototipo", null, end,
                        w.getAmount().subtract(advance))), buyer, operator, signedAt);
        pcp.executionStarted(signedAt);
        Instant at = atNoon(start.plusDays(40));
        Deliverable analysis = contractDemo.deliver(c, 1, 1, d.analysis, "analisi-versanti.pdf", operator, at);
        contractDemo.accept(c, 1, analysis, buyer, at.plus(Duration.ofDays(3)));
        contractDemo.pay(c, 1, d.reference + "/1", buyer, at.plus(Duration.ofDays(10)));
        at = atNoon(end.minusDays(12));
        Deliverable design = contractDemo.deliver(c, 2, 1, d.design, "progetto-soluzione.pdf", operator, at);
        contractDemo.accept(c, 2, design, buyer, at.plus(Duration.ofDays(4)));
        contractDemo.pay(c, 2, d.reference + "/2", buyer, at.plus(Duration.ofDays(8)));
        Instant completed = at.plus(Duration.ofDays(9));
        contractDemo.complete(c, buyer, d.remarks, completed);
        return completed;
    }

    /** Phase 2's two contracts in force: Politecnico's halfway, Dati & Territorio's first delivery waiting. */
    private void prototypes(Challenge pcp, Award stageGate, Instant signedAt, Instant now) {
        Account buyer = account("buyer1");
        LocalDate start = signedAt.atZone(ROME).toLocalDate().plusDays(1);
        LocalDate end = start.plusMonths(9);
        for (AwardWinner w : stageGate.getWinners()) {
            Account operator = operatorOf(w);
            boolean university = operator.getUsername().equals("operator2");
            BigDecimal fifth = w.getAmount().divide(new BigDecimal("5"));
            Contract c = contractDemo.signed(pcp, stageGate, w, university
                    ? "Fase 2 – prototipo: cavi in fibra ottica distribuita, pluviometri e piezometri su tre versanti "
                            + "pilota (Val Masino, Valle Brembana, Oltrepò Pavese) e modello idrogeologico in tempo "
                            + "reale con le soglie di allerta."
                    : "Fase 2 – prototipo: mappe interferometriche ogni sei giorni sulle province di Sondrio e "
                            + "Bergamo e rete di 40 pluviometri NB-IoT con il bollettino di allerta ai comuni.",
                    start, end, List.of(
                            new Contract.MilestoneLine("Progetto esecutivo del prototipo", null, start.plusMonths(1),
                                    fifth),
                            new Contract.MilestoneLine("Prototipo installato sui versanti pilota",
                                    "Sensori in opera, dati trasmessi alla piattaforma regionale.",
                                    start.plusMonths(4), fifth.add(fifth)),
                            new Contract.MilestoneLine("Sei mesi di misure e validazione delle allerte", null, end,
                                    fifth.add(fifth))), buyer, operator, signedAt);
            if (university) {
                Instant at = now.minus(Duration.ofDays(40));
                Deliverable plan = contractDemo.deliver(c, 1, 1, "Progetto esecutivo: tracciato dei cavi sui tre "
                        + "versanti, posizione di pluviometri e piezometri, permessi dei comuni.",
                        "progetto-esecutivo-prototipo.pdf", operator, at);
                contractDemo.accept(c, 1, plan, buyer, at.plus(Duration.ofDays(3)));
                contractDemo.pay(c, 1, "Mandato di pagamento 1187", buyer, at.plus(Duration.ofDays(7)));
                at = now.minus(Duration.ofDays(14));
                contractDemo.deliver(c, 2, 1, "Cavi posati in Val Masino e Valle Brembana; Oltrepò in corso.",
                        "installazione-prototipo.pdf", operator, at);
                c.reject(2, buyer.getId(), "Il prototipo non è installato su tutti e tre i versanti pilota: manca "
                        + "l'Oltrepò Pavese, e mancano il verbale di collaudo dei cavi e le prime due settimane di "
                        + "misure. / The prototype is not installed on all three pilot slopes: Oltrepò Pavese is "
                        + "missing, and so are the cable acceptance report and the first two weeks of readings.",
                        at.plus(Duration.ofDays(3)));
                contractDemo.deliver(c, 2, 2, "Cavi posati e collaudati su tutti e tre i versanti; allegati il verbale "
                        + "di collaudo e le misure delle prime due settimane.", "installazione-prototipo-collaudo.pdf",
                        operator, now.minus(Duration.ofDays(3)));
            } else {
                contractDemo.deliver(c, 1, 1, "Progetto esecutivo: aree elaborate, posizione dei 40 pluviometri, "
                        + "formato del bollettino concordato con i comuni.", "progetto-esecutivo-prototipo.pdf",
                        operator, now.minus(Duration.ofDays(2)));
            }
        }
    }

    private Account operatorOf(AwardWinner w) {
        long organisation = evaluations.candidate(w.getCandidateId()).orElseThrow().getLeadOrganisationId();
        return people.values().stream().filter(a -> a.getUsername().startsWith("operator")
                && a.getOrganisation() != null && a.getOrganisation().getId() == organisation).findFirst()
                .orElseThrow();
    }

    private Account account(String user) {
        return people.get(user);
    }

    private static Instant atNoon(LocalDate day) {
        return day.atTime(11, 0).atZone(ROME).toInstant();
    }

    /** A contractor's solution design in phase 1: the contract's object, what it delivered, the body's remarks. */
    private record Design(String object, String analysis, String design, String reference, String remarks) {
    }

    private static final Map<String, Design> DESIGN = Map.of(
            "operator1", new Design("Fase 1 – progetto della soluzione: inclinometri MEMS autoalimentati su rete "
                    + "LoRaWAN e cruscotto di allerta per tre versanti pilota.",
                    "Analisi dei tre versanti pilota: movimenti storici, copertura LoRaWAN misurata, requisiti delle "
                            + "allerte concordati con i comuni.",
                    "Progetto del sensore (schema, contenitore, ancoraggio), della rete e del cruscotto; piano del "
                            + "prototipo con 60 sensori.",
                    "Mandato di pagamento 0731", "Progetto completo; il costo per sensore è il più basso dei tre."),
            "operator2", new Design("Fase 1 – progetto della soluzione: fibra ottica distribuita e modello "
                    + "idrogeologico per tre versanti pilota.",
                    "Rilievi geotecnici dei tre versanti, serie storiche di pioggia e spostamenti, requisiti delle "
                            + "soglie di allerta.",
                    "Progetto del sistema di misura in fibra, del modello accoppiato e delle soglie; piano del "
                            + "prototipo su tre versanti.",
                    "Mandato di pagamento 0729", "Progetto accurato, con le soglie già discusse con la protezione "
                            + "civile regionale."),
            "operator3", new Design("Fase 1 – progetto della soluzione: interferometria satellitare e pluviometri "
                    + "connessi per le province alpine.",
                    "Prima elaborazione interferometrica di due anni di immagini, aree in accelerazione, requisiti del "
                            + "bollettino.",
                    "Progetto della catena di elaborazione, della rete di pluviometri e del bollettino; piano del "
                            + "prototipo su due province.",
                    "Mandato di pagamento 0730", null));

    /** Phase 1 (solution proposals): the university first, the SME second, the startup third; all fundable. */
    private static final Map<String, DemoEvaluations.Profile> LANDSLIDES = Map.of(
            "operator1", new DemoEvaluations.Profile(s("4.0", "3.5", "3.5", "3.5"), null,
                    new String[] {
                        "sensori molto economici e fitti, idea semplice e replicabile in ogni valle.",
                        "allerta per i comuni utile; l'affidabilità dei MEMS nel lungo periodo va dimostrata.",
                        "piano credibile, ma il collegamento di riserva in montagna è solo abbozzato.",
                        "gruppo giovane; la geologia è affidata a un consulente esterno."}, null, null),
            "operator2", new DemoEvaluations.Profile(s("4.5", "4.0", "4.0", "4.5"), null,
                    new String[] {
                        "fibra ottica distribuita con modello idrogeologico: soluzione avanzata e ben argomentata.",
                        "misure continue lungo tutto il versante e soglie legate alla pioggia: impatto diretto.",
                        "metodo chiaro, rilievi previsti sui versanti pilota, tempi coerenti con la fase 1.",
                        "gruppo di geotecnica di alto livello, con esperienza di frane monitorate."}, null, null),
            "operator3", new DemoEvaluations.Profile(s("4.0", "3.5", "4.0", "3.5"), null,
                    new String[] {
                        "interferometria satellitare su tutta la regione: copertura ampia a costo contenuto.",
                        "buona per trovare i versanti in movimento, meno per allerte rapide in caso di pioggia.",
                        "catena di elaborazione collaudata e pluviometri semplici da installare.",
                        "analisti esperti di telerilevamento, gruppo adeguato alla fase 1."}, null, null));

    /** The stage gate (the phase-1 designs judged by phase 2's criteria): the startup third, one evaluator dissents. */
    private static final Map<String, DemoEvaluations.Profile> DESIGNS = Map.of(
            "operator1", new DemoEvaluations.Profile(s("3.5", "3.0", "3.0", "3.5"), null,
                    new String[] {
                        "progetto del sensore curato, ma le prove di laboratorio sui MEMS sono poche.",
                        "le allerte dipendono da soglie di velocità non ancora validate su frane reali.",
                        "piano del prototipo con 60 sensori ambizioso rispetto al gruppo e ai tempi.",
                        "il gruppo ha consegnato puntualmente e risposto bene alle richieste dell'ente."}, null,
                    "Ritengo che Nuvola Civica meritasse di proseguire: il suo sensore costa un decimo degli altri e "
                            + "permetterebbe di coprire molti più versanti nella fase 3."),
            "operator2", new DemoEvaluations.Profile(s("4.5", "4.5", "4.0", "4.5"), null,
                    new String[] {
                        "progetto rigoroso: sistema in fibra, modello accoppiato e soglie descritti nel dettaglio.",
                        "soglie già discusse con la protezione civile: l'impatto sulle allerte è concreto.",
                        "piano del prototipo realistico; i permessi per la posa dei cavi vanno avviati subito.",
                        "gruppo solido, consegne complete e di qualità in entrambe le scadenze."}, null, null),
            "operator3", new DemoEvaluations.Profile(s("4.0", "4.0", "4.0", "3.5"), null,
                    new String[] {
                        "prima elaborazione interferometrica convincente, con le aree in accelerazione già mappate.",
                        "bollettino settimanale utile ai comuni; l'integrazione con la pioggia va rafforzata.",
                        "catena di elaborazione pronta, piano del prototipo su due province ben dimensionato.",
                        "gruppo esperto, consegne puntuali; la geologia resta affidata a una sola persona."}, null,
                    null));
}
