package it.sfide.demo;

import it.sfide.challenge.Amendment;
import it.sfide.challenge.AmendmentKind;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Clarification;
import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.ConsultationAnswer;
import it.sfide.challenge.ConsultationQuestion;
import it.sfide.challenge.ConsultationResponse;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Follow;
import it.sfide.challenge.Phase;
import it.sfide.challenge.QuestionKind;
import it.sfide.challenge.TieBreak;
import it.sfide.challenge.boundary.ClarificationService;
import it.sfide.challenge.boundary.PhaseDeadlines;
import it.sfide.challenge.control.Challenges;
import it.sfide.challenge.control.ClarificationDigest;
import it.sfide.challenge.control.Consultations;
import it.sfide.challenge.control.NoticePublisher;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.Issue;
import it.sfide.identity.Account;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.Organisation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo challenges, in Italian and English, one in every state a newcomer should see: open calls (a
 * three-phase PCP with an amended deadline and criteria of its own for each stage gate, a challenge prize, a market
 * consultation, an innovation partnership co-sponsored by Comune di Milano), a draft waiting for approval, a draft
 * started from another body's challenge, a closed, a suspended and a cancelled one; the evaluated and the PCP in
 * execution ({@link DemoEvaluations}, {@link DemoPcp}) are created with their history. Their history uses past
 * instants, so the records read as they would in real use.
 */
@Dependent
public class DemoChallenges {

    static final String PREFIX = "ocds-sfide0-demo-";

    @Inject
    Challenges challenges;

    @Inject
    NoticePublisher notices;

    @Inject
    PhaseDeadlines deadlines;

    @Inject
    Consultations consultations;

    @Inject
    DocumentIssuer issuer;

    private Instant now;

    /** The demo PCP (communities discuss it). */
    public Long pcpId() {
        return challenges.findByOcid(PREFIX + "01").map(Challenge::getId).orElse(null);
    }

    /** Creates what is missing. */
    public void load(Organisation lombardia, Organisation milano, Account operator1, Account operator2,
            Account operator3, Instant now) {
        this.now = now;
        if (challenges.ocidTaken(PREFIX + "01")) {
            return;
        }
        Challenge pcp = publish(new Challenge(PREFIX + "01", lombardia.getId(), pcp(), "buyer1", days(-20)), days(-15));
        Amendment extended = new Amendment(pcp.getId(), AmendmentKind.DEADLINE,
                "Proroga richiesta da più consorzi in formazione / Extension asked for by several forming consortia",
                "buyer2", days(-5)).ofPhase(1, pcp.getPhases().get(0).getClosesAt(), days(25));
        pcp.changeDeadline(1, days(25), extended.getReason(), false, days(-5));
        challenges.persistOther(extended);
        extended.noticeIssued(notices.issue(pcp).protocol());
        challenges.persistOther(Follow.challenge(operator1.getId(), pcp.getId(), days(-10)));
        Clarification consortia = challenges.persistOther(new Clarification(pcp.getId(), operator2.getId(),
                operator2.getOrganisation().getId(), "Un'università può partecipare come capofila di un consorzio con "
                        + "due PMI? / May a university lead a consortium with two SMEs?", days(-9)));
        consortia.answer("Sì: il capofila può essere qualunque operatore verificato sulla piattaforma. / Yes: any "
                + "operator verified on the platform may lead.", "buyer1", days(-8));
        consortia.publish(null, days(-8));
        issueDigest(pcp, lombardia);
        challenges.persistOther(new Clarification(pcp.getId(), operator1.getId(),
                operator1.getOrganisation().getId(), "I dati di frequentazione delle linee attuali saranno "
                        + "messi a disposizione dei partecipanti?", days(-1)));
        challenges.persistOther(Follow.body(operator2.getId(), lombardia.getId(), days(-30)));

        publish(new Challenge(PREFIX + "02", milano.getId(), prize(), "buyer3", days(-12)), days(-10));
        Challenge consultation = new Challenge(PREFIX + "03", lombardia.getId(), consultation(), "buyer2", days(-8));
        challenges.persist(consultation);
        List<ConsultationQuestion> questions = List.of(
                new ConsultationQuestion(consultation.getId(), 1, QuestionKind.SINGLE,
                        "La vostra organizzazione offre già sensori per la qualità dell'acqua?",
                        "Does your organisation already offer water-quality sensors?",
                        List.of("Sì, in commercio", "Sì, come prototipo", "No"),
                        List.of("Yes, on the market", "Yes, as a prototype", "No")),
                new ConsultationQuestion(consultation.getId(), 2, QuestionKind.MULTIPLE,
                        "Quali grandezze misurano?", "Which quantities do they measure?",
                        List.of("Nitrati", "Torbidità", "Temperatura", "Conducibilità"),
                        List.of("Nitrates", "Turbidity", "Temperature", "Conductivity")),
                new ConsultationQuestion(consultation.getId(), 3, QuestionKind.TEXT,
                        "Quale costo per punto di misura ritenete realistico, installazione compresa?",
                        "Which cost per measuring point do you consider realistic, installation included?",
                        List.of(), List.of()));
        consultations.replaceQuestions(consultation.getId(), questions);
        publish(consultation, days(-7));
        answer(consultation, questions, operator1, 1, List.of(0, 1, 2), "Circa 900 euro con trasmissione LoRaWAN.");
        answer(consultation, questions, operator2, 0, List.of(0, 2, 3), "Tra 1.200 e 1.500 euro per punto.");
        answer(consultation, questions, operator3, 2, List.of(1), "Non produciamo sensori; offriamo l'analisi dei dati.");
        Challenge partnership = new Challenge(PREFIX + "04", lombardia.getId(), partnership(), "buyer2", days(-9));
        challenges.persist(partnership);
        CoSponsor milanoJoins = challenges.persistOther(new CoSponsor(partnership.getId(), milano.getId(), "buyer2",
                days(-9)));
        milanoJoins.answer(true, "buyer3", days(-8));
        publish(partnership, days(-6));

        Challenge draft = challenges.persist(new Challenge(PREFIX + "05", lombardia.getId(), draftWaiting(), "buyer1",
                days(-2)));
        draft.requestPublication("buyer1", days(-1));
        challenges.persistOther(new CoSponsor(draft.getId(), milano.getId(), "buyer1", days(-1)));

        Challenge copy = Challenge.fromTemplate(PREFIX + "06", milano.getId(), pcp, "buyer3", days(-1));
        challenges.persist(copy);

        Challenge closed = publish(new Challenge(PREFIX + "07", milano.getId(), closedOne(), "buyer3", days(-90)),
                days(-80));
        closed.closePhase(1, closed.getPhases().get(0).getClosesAt());

        Challenge suspended = publish(new Challenge(PREFIX + "08", lombardia.getId(), suspendedOne(), "buyer1",
                days(-20)), days(-18));
        Amendment failure = new Amendment(suspended.getId(), AmendmentKind.SUSPENSION,
                "Disservizio della piattaforma il giorno precedente dalle 9:00 alle 13:00 / Platform outage the day "
                        + "before from 9:00 to 13:00", "admin", days(-1))
                .ofPhase(1, suspended.getPhases().get(0).getClosesAt(), days(12));
        suspended.suspend(1, days(12), failure.getReason(), days(-1));
        challenges.persistOther(failure);
        failure.noticeIssued(notices.issue(suspended).protocol());

        Challenge cancelled = publish(new Challenge(PREFIX + "09", milano.getId(), cancelledOne(), "buyer3",
                days(-40)), days(-35));
        Amendment cancellation = new Amendment(cancelled.getId(), AmendmentKind.CANCELLATION,
                "Finanziamento regionale revocato / Regional funding withdrawn", "buyer3", days(-20));
        cancelled.cancel(cancellation.getReason(), days(-20));
        challenges.persistOther(cancellation);
        cancellation.noticeIssued(notices.issue(cancelled).protocol());
        deadlines.reschedule();
    }

    /**
     * The two challenges the demo evaluation works on (created if missing): Comune di Milano's blind challenge
     * under evaluation and Regione Lombardia's awarded one, both closed weeks ago. Returns them in that order.
     */
    List<Challenge> loadEvaluated(Organisation lombardia, Organisation milano, Instant now) {
        this.now = now;
        Challenge queues = challenges.findByOcid(PREFIX + "10").orElse(null);
        if (queues == null) {
            queues = publish(new Challenge(PREFIX + "10", milano.getId(), queues(), "buyer3", days(-80)), days(-75));
            queues.closePhase(1, queues.getPhases().get(0).getClosesAt());
        }
        Challenge bridges = challenges.findByOcid(PREFIX + "11").orElse(null);
        if (bridges == null) {
            bridges = publish(new Challenge(PREFIX + "11", lombardia.getId(), bridges(), "buyer2", days(-105)),
                    days(-100));
            bridges.closePhase(1, bridges.getPhases().get(0).getClosesAt());
        }
        return List.of(queues, bridges);
    }

    /**
     * Regione Lombardia's PCP in execution (created if missing), written by buyer1 and approved by buyer2: three
     * phases, the call for the first closed ten months ago.
     */
    Challenge loadPcpInExecution(Organisation lombardia, Instant now) {
        this.now = now;
        Challenge landslides = challenges.findByOcid(PREFIX + "12").orElse(null);
        if (landslides == null) {
            landslides = publish(new Challenge(PREFIX + "12", lombardia.getId(), landslides(), "buyer1", days(-340)),
                    days(-335));
            landslides.closePhase(1, landslides.getPhases().get(0).getClosesAt());
        }
        return landslides;
    }

    private void answer(Challenge consultation, List<ConsultationQuestion> questions, Account operator, int single,
            List<Integer> multiple, String text) {
        ConsultationResponse response = challenges.persistOther(new ConsultationResponse(consultation.getId(),
                operator.getOrganisation().getId(), operator.getId(), days(-3)));
        response.answer(questions, List.of(ConsultationAnswer.choices(questions.get(0).getId(), List.of(single)),
                ConsultationAnswer.choices(questions.get(1).getId(), multiple),
                ConsultationAnswer.text(questions.get(2).getId(), text)), operator.getId(), days(-2));
    }

    private void issueDigest(Challenge challenge, Organisation body) {
        issuer.issue(new ClarificationDigest.Renderer(), new ClarificationDigest(challenge, body.getName(),
                challenges.publishedClarifications(challenge.getId())),
                new Issue(ClarificationService.DIGEST_RECORD, String.valueOf(challenge.getId()), body.getId(),
                        Visibility.PUBLIC, Locale.ITALIAN, new Issue.IssuingBody(body.getId(), body.getName())));
    }

    private Challenge publish(Challenge challenge, Instant at) {
        if (challenge.getId() == null) {
            challenges.persist(challenge);
        }
        String asker = challenge.getCreatedBy();
        challenge.requestPublication(asker, at.minusSeconds(3600));
        challenge.approveAndPublish(switch (asker) {
            case "buyer1" -> "buyer2";
            case "buyer2" -> "buyer1";
            default -> "buyer4";
        }, at);
        notices.issue(challenge);
        return challenge;
    }

    private Instant days(int n) {
        // noon in Rome in winter: deadlines fall at a plausible office hour
        return now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(n)).plus(Duration.ofHours(11));
    }

    private static BigDecimal euro(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static List<Criterion> criteria() {
        return List.of(new Criterion("Qualità e originalità della soluzione", "Quality and originality of the solution",
                        40, 20),
                new Criterion("Impatto sui cittadini e sull'ambiente", "Impact on citizens and the environment", 30, 15),
                new Criterion("Fattibilità e piano di lavoro", "Feasibility and work plan", 20, null),
                new Criterion("Capacità del gruppo", "Capacity of the team", 10, null));
    }

    private ChallengeContent content(ChallengeType type, String titleIt, String titleEn, String summaryIt,
            String summaryEn, String need, String needEn, String outcomes, String outcomesEn, long budget, Long award,
            int trlMin, int trlMax,
            List<String> themes, ItalianRegion region, List<Phase> phases, boolean evaluated) {
        return new ChallengeContent(type, titleIt, titleEn, summaryIt, summaryEn, need, needEn, outcomes, outcomesEn,
                euro(budget), award == null ? null : euro(award), trlMin, trlMax, themes, region,
                List.of("Proposta tecnica (max 15 pagine) / Technical proposal (max 15 pages)",
                        "Piano economico / Budget plan", "Curriculum del gruppo / Team CVs"),
                phases, evaluated ? criteria() : List.of(), evaluated ? 60 : null,
                evaluated ? TieBreak.FIRST_CRITERION : null, evaluated, null, null);
    }

    private List<Phase> onePhase(int opens, int closes, long budget) {
        return List.of(new Phase(1, days(opens), days(closes), euro(budget)));
    }

    private ChallengeContent pcp() {
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(1, days(-15), days(10), euro(300_000)));
        phases.add(new Phase(2, days(40), days(130), euro(600_000)));
        phases.add(new Phase(3, days(140), days(320), euro(1_100_000)));
        ChallengeContent c = content(ChallengeType.PCP, "Trasporto pubblico a chiamata nelle valli alpine",
                "On-demand public transport in Alpine valleys",
                "Servizi di mobilità a chiamata per i comuni montani con meno di 3.000 abitanti, integrati con la rete regionale.",
                "On-demand mobility for mountain municipalities under 3,000 inhabitants, integrated with the regional network.",
                "Nelle valli alpine lombarde le linee di autobus tradizionali viaggiano quasi vuote fuori dagli orari "
                        + "scolastici, mentre anziani e lavoratori senza auto restano isolati. Cerchiamo soluzioni di "
                        + "trasporto a chiamata che prenotino, raggruppino e instradino le corse in tempo reale, "
                        + "funzionino con copertura mobile scarsa e si integrino con la bigliettazione regionale.",
                "In the Alpine valleys of Lombardy, conventional bus routes run almost empty outside school hours, "
                        + "while older people and workers without a car are left isolated. We are looking for "
                        + "on-demand transport solutions that book, group and route journeys in real time, work with "
                        + "poor mobile coverage and integrate with regional ticketing.",
                "Prototipo nella fase 2, sperimentazione in tre valli nella fase 3 con almeno 500 utenti.",
                "A prototype in phase 2, then a trial in three valleys in phase 3 with at least 500 users.",
                2_000_000, 2_000_000L, 4, 8, List.of("mobility", "smart-city", "welfare"), ItalianRegion.LOMBARDIA,
                phases, true);
        // the stage gates judge by criteria of their own: the prototype (phase 2), then the field test (phase 3)
        List<Criterion> criteria = new ArrayList<>(c.criteria());
        criteria.add(new Criterion("Risultati del prototipo", "Prototype results", 40, 20, 2));
        criteria.add(new Criterion("Piano di collaudo", "Field-test plan", 30, null, 2));
        criteria.add(new Criterion("Costo del ciclo di vita", "Life-cycle cost", 30, null, 2));
        criteria.add(new Criterion("Risultati della sperimentazione con gli utenti", "Results of the trial with users",
                40, 20, 3));
        criteria.add(new Criterion("Affidabilità del servizio con copertura mobile scarsa",
                "Service reliability with poor mobile coverage", 25, null, 3));
        criteria.add(new Criterion("Integrazione con la bigliettazione regionale",
                "Integration with regional ticketing", 20, null, 3));
        criteria.add(new Criterion("Costi di esercizio a regime", "Running costs at full service", 15, null, 3));
        return new ChallengeContent(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(), c.need(),
                c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(), c.budget(), c.awardValue(), c.trlMin(),
                c.trlMax(), c.themes(), c.region(),
                c.requiredDocuments(), c.phases(), criteria, c.overallThreshold(), c.tieBreak(), c.blindReview(),
                c.cig(), c.cup());
    }

    private ChallengeContent prize() {
        return content(ChallengeType.CHALLENGE_PRIZE, "Meno rifiuti nei mercati rionali",
                "Less waste in neighbourhood markets",
                "Un premio per chi riduce di un terzo i rifiuti organici e la plastica dei mercati comunali scoperti.",
                "A prize for whoever cuts by a third the organic and plastic waste of the city's open-air markets.",
                "I 94 mercati scoperti di Milano producono ogni settimana circa 200 tonnellate di rifiuti, metà "
                        + "organici. Cerchiamo soluzioni per raccogliere, ridistribuire o trasformare l'invenduto e "
                        + "ridurre gli imballaggi, sostenibili per gli ambulanti.",
                "Milan's 94 open-air markets produce about 200 tonnes of waste every week, half of it organic. We are "
                        + "looking for solutions to collect, redistribute or transform unsold produce and to reduce "
                        + "packaging, viable for the stallholders.",
                "Una soluzione sperimentata per otto settimane in almeno due mercati, con misure prima e dopo.",
                "A solution tested for eight weeks in at least two markets, with measurements before and after.",
                150_000, 100_000L, 5, 9, List.of("circular-economy", "environment", "agrifood"),
                ItalianRegion.LOMBARDIA, onePhase(-10, 30, 150_000), true);
    }

    private ChallengeContent consultation() {
        return content(ChallengeType.MARKET_CONSULTATION, "Consultazione: sensori per la qualità dell'acqua nei canali irrigui",
                "Consultation: water-quality sensors for irrigation canals",
                "Prima di una possibile gara, chiediamo al mercato cosa esiste per misurare in continuo la qualità "
                        + "dell'acqua irrigua.",
                "Before a possible tender, we ask the market what exists to measure irrigation water quality "
                        + "continuously.",
                "La rete dei canali irrigui lombardi supera i 40.000 km. Vogliamo capire quali sensori a basso "
                        + "consumo, quali reti di trasmissione e quali costi sono realistici per misurare nitrati, "
                        + "torbidità e temperatura in almeno mille punti.",
                "Lombardy's irrigation canals run for more than 40,000 km. We want to understand which low-power "
                        + "sensors, which transmission networks and which costs are realistic for measuring nitrates, "
                        + "turbidity and temperature at a thousand points or more.",
                "Un quadro delle soluzioni disponibili e dei loro costi, per scrivere una gara realistica.",
                "An overview of the available solutions and their costs, so that a realistic tender can be written.",
                50_000, null, 3, 9, List.of("water", "agrifood", "environment"), ItalianRegion.LOMBARDIA,
                onePhase(-7, 21, 0), false);
    }

    private ChallengeContent partnership() {
        return content(ChallengeType.INNOVATION_PARTNERSHIP, "Assistente digitale per i servizi comunali",
                "Digital assistant for municipal services",
                "Un partenariato per sviluppare e poi acquistare un assistente che accompagni i cittadini nelle "
                        + "pratiche comunali più frequenti.",
                "A partnership to develop, then buy, an assistant guiding citizens through the most frequent "
                        + "municipal procedures.",
                "I cittadini faticano a trovare il servizio giusto tra decine di portali. Serve un assistente, "
                        + "accessibile e in più lingue, che capisca la richiesta, spieghi i requisiti e avvii la "
                        + "pratica sul portale giusto, riusabile da qualunque comune.",
                "Citizens struggle to find the right service among dozens of portals. What is needed is an accessible, "
                        + "multilingual assistant that understands the request, explains the requirements and starts "
                        + "the procedure on the right portal, and that any municipality can reuse.",
                "Un assistente in esercizio in almeno due comuni, con codice rilasciato in riuso.",
                "An assistant in operation in at least two municipalities, with its code released for reuse.",
                900_000, 750_000L, 5, 9, List.of("digital-services", "welfare"), ItalianRegion.LOMBARDIA,
                onePhase(-6, 45, 900_000), true);
    }

    private ChallengeContent draftWaiting() {
        return content(ChallengeType.PPI, "Illuminazione pubblica adattiva nei parchi regionali",
                "Adaptive public lighting in regional parks",
                "Acquisto di sistemi di illuminazione che si regolano sulla presenza di persone e fauna.",
                "Purchase of lighting systems that adapt to the presence of people and wildlife.",
                "I parchi regionali vogliono ridurre consumi e inquinamento luminoso senza rinunciare alla "
                        + "sicurezza dei percorsi serali.",
                "The regional parks want to reduce energy use and light pollution without giving up the safety of "
                        + "their paths in the evening.",
                "Impianti installati in cinque parchi entro un anno.",
                "Systems installed in five parks within a year.",
                1_200_000, 1_000_000L, 7, 9,
                List.of("energy", "environment"), ItalianRegion.LOMBARDIA, onePhase(2, 50, 1_200_000), true);
    }

    private ChallengeContent closedOne() {
        return content(ChallengeType.CHALLENGE_PRIZE, "Cortili scolastici più freschi d'estate",
                "Cooler school yards in summer",
                "Soluzioni per ridurre la temperatura dei cortili delle scuole primarie nei mesi caldi.",
                "Solutions to lower the temperature of primary-school yards in the hot months.",
                "Molti cortili scolastici sono asfaltati e superano i 45 gradi al suolo a giugno.",
                "Many school yards are covered in asphalt and exceed 45 degrees at ground level in June.",
                "Interventi sperimentati in tre scuole.",
                "Measures tested in three schools.",
                80_000, 60_000L, 5, 9, List.of("education", "environment"),
                ItalianRegion.LOMBARDIA, onePhase(-80, -10, 80_000), true);
    }

    private ChallengeContent queues() {
        return content(ChallengeType.CHALLENGE_PRIZE, "Meno code agli sportelli anagrafici",
                "Shorter queues at the registry offices",
                "Soluzioni per prenotare, prevedere e ridurre le attese agli sportelli anagrafici dei Municipi.",
                "Solutions to book, forecast and cut the waiting at the registry offices of the city's districts.",
                "Nei nove Municipi di Milano si attende in media più di un'ora per una carta d'identità o un "
                        + "certificato, mentre alcune fasce orarie restano vuote. Cerchiamo soluzioni che distribuiscano "
                        + "meglio le richieste, prevedano l'affluenza e accompagnino anche chi non usa internet.",
                "In Milan's nine districts people wait on average more than an hour for an identity card or a "
                        + "certificate, while some time slots stay empty. We are looking for solutions that spread "
                        + "requests more evenly, forecast demand and also help people who do not use the internet.",
                "Attese medie sotto i 20 minuti in tre Municipi per tre mesi.",
                "Average waits under 20 minutes in three districts for three months.",
                120_000, 90_000L, 5, 9,
                List.of("digital-services", "welfare"), ItalianRegion.LOMBARDIA, onePhase(-75, -20, 120_000), true);
    }

    private ChallengeContent bridges() {
        ChallengeContent c = content(ChallengeType.CHALLENGE_PRIZE, "Monitoraggio strutturale dei ponti provinciali",
                "Structural monitoring of provincial bridges",
                "Sistemi a basso costo per sorvegliare in continuo lo stato dei ponti sulle strade provinciali.",
                "Low-cost systems to watch continuously over the condition of the bridges on provincial roads.",
                "Le province lombarde gestiscono oltre 2.000 ponti, molti costruiti negli anni Sessanta. Le "
                        + "ispezioni visive annuali non bastano a cogliere i segnali di degrado tra una visita e l'altra: "
                        + "servono misure continue, allarmi affidabili e dati aperti ai tecnici di tutte le province.",
                "The provinces of Lombardy manage more than 2,000 bridges, many of them built in the 1960s. Yearly "
                        + "visual inspections cannot catch the signs of deterioration between one visit and the next: "
                        + "what is needed is continuous measurement, reliable alarms and data open to the engineers "
                        + "of every province.",
                "Un sistema installato su cinque ponti, con dodici mesi di misure e una procedura di allerta collaudata.",
                "A system installed on five bridges, with twelve months of measurements and a tested alert procedure.",
                150_000, 120_000L, 6, 9, List.of("mobility", "smart-city"), ItalianRegion.LOMBARDIA,
                onePhase(-100, -62, 150_000), true);
        return named(c);
    }

    /** The content as given, but not blind: the committee reads the applicants' names. */
    private static ChallengeContent named(ChallengeContent c) {
        return new ChallengeContent(c.type(), c.titleIt(), c.titleEn(), c.summaryIt(), c.summaryEn(), c.need(),
                c.needEn(), c.expectedOutcomes(), c.expectedOutcomesEn(), c.budget(), c.awardValue(), c.trlMin(),
                c.trlMax(), c.themes(), c.region(),
                c.requiredDocuments(), c.phases(), c.criteria(), c.overallThreshold(), c.tieBreak(), false, c.cig(),
                c.cup());
    }

    private ChallengeContent landslides() {
        List<Phase> phases = List.of(new Phase(1, days(-330), days(-300), euro(150_000)),
                new Phase(2, days(-66), days(240), euro(450_000)),
                new Phase(3, days(270), days(630), euro(900_000)));
        // not blind: a stage gate judges contractors whose work the committee knows
        return named(content(ChallengeType.PCP, "Monitoraggio delle frane con sensori a basso costo",
                "Low-cost sensors for landslide monitoring",
                "Appalto pre-commerciale per reti di sensori economici che sorveglino i versanti instabili delle "
                        + "valli lombarde e diano l'allerta in tempo ai comuni.",
                "Pre-commercial procurement of inexpensive sensor networks watching over the unstable slopes of "
                        + "Lombardy's valleys and warning the municipalities in time.",
                "In Lombardia sono censite oltre 130.000 frane, un quarto di quelle italiane, e le reti di "
                        + "monitoraggio strumentale costano troppo per sorvegliare più di poche decine di versanti. "
                        + "Cerchiamo sensori a basso costo (inclinometri, estensimetri, pluviometri), reti di "
                        + "trasmissione che funzionino in montagna e modelli che trasformino le misure in allerte "
                        + "affidabili per i sindaci e la protezione civile regionale.",
                "More than 130,000 landslides are recorded in Lombardy, a quarter of Italy's total, and "
                        + "instrument-based monitoring networks cost too much to watch over more than a few dozen "
                        + "slopes. We are looking for low-cost sensors (inclinometers, extensometers, rain gauges), "
                        + "transmission networks that work in the mountains and models that turn the measurements "
                        + "into reliable alerts for mayors and the regional civil protection service.",
                "Fase 1: progetto della soluzione; fase 2: prototipo su tre versanti pilota; fase 3: sperimentazione "
                        + "su almeno 30 versanti per un anno, con dati aperti.",
                "Phase 1: design of the solution; phase 2: a prototype on three pilot slopes; phase 3: a one-year "
                        + "trial on at least 30 slopes, with open data.",
                1_500_000, 1_500_000L, 3, 8, List.of("environment", "security", "smart-city"),
                ItalianRegion.LOMBARDIA, phases, true));
    }

    private ChallengeContent suspendedOne() {
        return content(ChallengeType.CHALLENGE_PRIZE, "Prenotazione dei campi sportivi comunali",
                "Booking municipal sports grounds",
                "Un servizio per prenotare e pagare i campi sportivi pubblici, condiviso tra comuni.",
                "A service to book and pay for public sports grounds, shared among municipalities.",
                "Oggi le prenotazioni passano per telefono e moduli cartacei; i campi restano vuoti metà del tempo.",
                "Today bookings go through phone calls and paper forms; the grounds stand empty half of the time.",
                "Un servizio in uso in dieci comuni.",
                "A service in use in ten municipalities.",
                120_000, 90_000L, 6, 9, List.of("digital-services"),
                ItalianRegion.LOMBARDIA, onePhase(-18, 8, 120_000), true);
    }

    private ChallengeContent cancelledOne() {
        return content(ChallengeType.PPI, "Navette elettriche per il centro storico",
                "Electric shuttles for the historic centre",
                "Acquisto di navette elettriche di piccole dimensioni per le vie strette del centro.",
                "Purchase of small electric shuttles for the narrow streets of the centre.",
                "Le vie del centro storico non sono percorribili dagli autobus tradizionali.",
                "Conventional buses cannot drive through the streets of the historic centre.",
                "Sei navette in servizio.",
                "Six shuttles in service.",
                700_000, 650_000L, 8, 9, List.of("mobility"), ItalianRegion.LOMBARDIA,
                onePhase(-35, 15, 700_000), true);
    }
}
