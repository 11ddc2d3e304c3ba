package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.SignatureRequest;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.boundary.TimeStampView;
import it.sfide.document.control.Countersigner;
import it.sfide.evaluation.Appeal;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.AwardWinner;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Conflict;
import it.sfide.evaluation.ConsensusScore;
import it.sfide.evaluation.ConsensusVote;
import it.sfide.evaluation.CriterionScore;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.Expertise;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.control.AppealDecision;
import it.sfide.evaluation.control.AssignmentPlanner;
import it.sfide.evaluation.control.AwardDecision;
import it.sfide.evaluation.control.CommitteeAppointment;
import it.sfide.evaluation.control.ConflictDeclaration;
import it.sfide.evaluation.control.ConflictFinder;
import it.sfide.evaluation.control.ConsensusFigures;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.evaluation.control.Ranking;
import it.sfide.evaluation.control.ReportWriter;
import it.sfide.evaluation.control.ResultsLetters;
import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.PasswordPolicy;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Opening;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.Submission;
import it.sfide.proposal.control.Manifest;
import it.sfide.proposal.control.OpeningMinutes;
import it.sfide.proposal.control.Openings;
import it.sfide.proposal.control.PartnerReaders;
import it.sfide.proposal.control.Proposals;
import it.sfide.proposal.control.SubmissionReceipt;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo evaluation, on two challenges closed weeks ago, each with a proposal of Nuvola Civica, Politecnico di
 * Milano and Dati &amp; Territorio sealed before the deadline and opened by two officers:
 * <ul>
 * <li>Comune di Milano's blind challenge on registry-office queues, UNDER EVALUATION: committee chaired by
 * buyer3, every declaration signed, evaluator4's declared affiliation with Politecnico di Milano found as a
 * conflict, the work assigned; evaluator1 and evaluator2 have submitted their reports, evaluator3 has a draft,
 * evaluator4 has not started;</li>
 * <li>Regione Lombardia's challenge on bridge monitoring, AWARDED: committee chaired by buyer2, all reports in, the
 * consensus final (one score departing from the evaluators with its reason, one dissent), the ranking with one
 * proposal under a threshold, the committee report signed by all five, the award decision, the results letters
 * and Dati &amp; Territorio's appeal, rejected.</li>
 * </ul>
 * The records carry past instants; the documents are issued (and signed with the demo password) at first start.
 */
@Dependent
public class DemoEvaluations {

    @Inject
    DemoChallenges challengeDemo;

    @Inject
    DemoProposals proposalDemo;

    @Inject
    Proposals proposals;

    @Inject
    Openings openings;

    @Inject
    Evaluations evaluations;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    Directory directory;

    @Inject
    DocumentIssuer documents;

    @Inject
    Countersigner countersigner;

    @Inject
    ResultsLetters letters;

    @Inject
    ReportWriter reportWriter;

    private Instant now;
    private Map<String, Account> people;
    /** Each proposal's title and summary, by proposal id: the words the planner matches with expertise. */
    private final Map<Long, String> topics = new HashMap<>();

    /**
     * Creates what is missing: nothing when the demo committees exist.
     *
     * @param people the demo accounts by username (buyer1–4, operator1–3, evaluator1–4)
     */
    public void load(Organisation lombardia, Organisation milano, Map<String, Account> people, Instant now) {
        this.now = now;
        this.people = people;
        if (challengeDemo.challenges.ocidTaken(DemoChallenges.PREFIX + "10")) {
            return;
        }
        List<Challenge> pair = challengeDemo.loadEvaluated(lombardia, milano, now);
        if (!evaluations.committeesOf(pair.get(0).getId()).isEmpty()) {
            return;
        }
        expertise();
        underEvaluation(pair.get(0));
        awarded(pair.get(1));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Challenge A: under evaluation

    private void underEvaluation(Challenge challenge) {
        Instant deadline = challenge.getPhases().get(0).getClosesAt();
        List<Submission> sent = new ArrayList<>();
        sent.add(seal(challenge, account("operator1"), new ProposalContent(
                "Agenda unica: prenota e salta la coda",
                "Un'agenda unica per i nove Municipi, con prenotazione da app, telefono e totem, promemoria e "
                        + "riassegnazione automatica dei posti lasciati liberi.",
                "Le prenotazioni confluiscono in un'unica agenda aperta (API documentate) collegata all'ANPR; chi "
                        + "disdice libera subito il posto, che viene offerto alla lista d'attesa via SMS. Un "
                        + "cruscotto mostra ai responsabili dei Municipi le attese previste per fascia oraria.",
                "Nuvola Civica: tre sviluppatori, una designer dei servizi, un responsabile di progetto con "
                        + "esperienza di agende sanitarie regionali.",
                new BigDecimal("85000"), List.of(new ProposalContent.BudgetLine("Sviluppo e integrazione ANPR",
                        new BigDecimal("55000")), new ProposalContent.BudgetLine("Sperimentazione in tre Municipi",
                        new BigDecimal("30000"))), 6, 8,
                "Codice con licenza EUPL 1.2 pubblicato su Developers Italia."),
                List.<String[]>of(new String[] {"Proposta tecnica - agenda unica.pdf", "Proposta tecnica: agenda unica"},
                        new String[] {"Piano economico.pdf", "Piano economico"}),
                deadline.minus(Duration.ofDays(12)), deadline.minus(Duration.ofDays(4))));
        sent.add(seal(challenge, account("operator2"), new ProposalContent(
                "Previsione dell'affluenza agli sportelli con modelli di code",
                "Modelli statistici che prevedono l'affluenza giorno per giorno e suggeriscono quanti sportelli "
                        + "aprire e quando, validati sui dati storici dei Municipi.",
                "Un modello di previsione della domanda (serie storiche, calendario scolastico, scadenze dei "
                        + "documenti) alimenta un simulatore di code che propone i turni del personale; i risultati "
                        + "sono pubblicati come dati aperti per i cittadini.",
                "Dipartimento di Ingegneria gestionale: due docenti, due assegnisti di ricerca, un dottorando.",
                new BigDecimal("70000"), List.of(new ProposalContent.BudgetLine("Assegni di ricerca",
                        new BigDecimal("50000")), new ProposalContent.BudgetLine("Raccolta e pulizia dei dati",
                        new BigDecimal("20000"))), 5, 7,
                "Modelli e codice con licenza aperta; pubblicazione scientifica dei risultati."),
                List.<String[]>of(new String[] {"Proposta - previsione affluenza.pdf", "Proposta: previsione affluenza"},
                        new String[] {"Curriculum del gruppo.pdf", "Curriculum del gruppo di ricerca"}),
                deadline.minus(Duration.ofDays(9)), deadline.minus(Duration.ofDays(2))));
        sent.add(seal(challenge, account("operator3"), new ProposalContent(
                "Sportello virtuale multilingue e totem di quartiere",
                "Totem nelle biblioteche di quartiere e uno sportello virtuale in videochiamata, in sei lingue, "
                        + "per le pratiche che non richiedono la presenza.",
                "Dieci totem con lettore di documenti e stampante, collegati a operatori in videochiamata; "
                        + "interpretariato in sei lingue con mediatori culturali; statistiche settimanali per i "
                        + "Municipi.",
                "Dati & Territorio: gruppo di cinque persone, con una cooperativa di mediatori culturali.",
                new BigDecimal("110000"), List.of(new ProposalContent.BudgetLine("Totem e installazione",
                        new BigDecimal("60000")), new ProposalContent.BudgetLine("Mediazione culturale",
                        new BigDecimal("50000"))), 7, 9,
                "Licenza d'uso perpetua all'ente per il software dello sportello."),
                List.<String[]>of(new String[] {"Proposta tecnica.pdf", "Proposta tecnica: sportello multilingue"}),
                deadline.minus(Duration.ofDays(6)), deadline.minus(Duration.ofHours(20))));
        Committee c = openAndAppoint(challenge, sent, "buyer3", "buyer4", "buyer3", day(deadline, 1), 5);
        Instant declared = c.getAppointedAt().plus(Duration.ofDays(1));
        assign(c, declared.plus(Duration.ofDays(1)));
        Map<Long, Candidate> candidates = candidates(c);
        Instant started = c.getAssignedAt().plus(Duration.ofDays(3));
        int n = 0;
        for (String user : List.of("evaluator1", "evaluator2")) {
            for (Assignment a : assignmentsOf(c, user)) {
                a.submit(scores(c, QUEUES, candidates.get(a.getCandidateId()), user),
                        c.getCriteria(), c.rules(), started.plus(Duration.ofHours(20L * n++)));
            }
        }
        Assignment draft = assignmentsOf(c, "evaluator3").get(0);
        List<CriterionScore> partial = scores(c, QUEUES, candidates.get(draft.getCandidateId()), "evaluator3");
        draft.saveDraft(partial.subList(0, 2), c.getCriteria(), c.rules(), now.minus(Duration.ofDays(2)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Challenge B: awarded, with an appeal decided

    private void awarded(Challenge challenge) {
        Instant deadline = challenge.getPhases().get(0).getClosesAt();
        List<Submission> sent = new ArrayList<>();
        sent.add(seal(challenge, account("operator1"), new ProposalContent(
                "Accelerometri a basso costo e allerta precoce",
                "Una rete di accelerometri MEMS alimentati a energia solare che misura le vibrazioni dei ponti e "
                        + "avvisa i tecnici quando la risposta della struttura cambia.",
                "Sensori su ogni campata, trasmissione LoRaWAN, analisi delle frequenze proprie in cloud e "
                        + "allarmi per SMS e posta elettronica; un cruscotto comune a tutte le province con i dati "
                        + "aperti in formato standard.",
                "Nuvola Civica con due ingegneri strutturisti consulenti.",
                new BigDecimal("95000"), List.of(new ProposalContent.BudgetLine("Sensori e installazione",
                        new BigDecimal("60000")), new ProposalContent.BudgetLine("Piattaforma e allarmi",
                        new BigDecimal("35000"))), 6, 8,
                "Software con licenza EUPL; i dati restano delle province."),
                List.<String[]>of(new String[] {"Proposta tecnica - accelerometri.pdf", "Proposta tecnica: accelerometri"},
                        new String[] {"Piano economico.pdf", "Piano economico"}),
                deadline.minus(Duration.ofDays(15)), deadline.minus(Duration.ofDays(5))));
        sent.add(seal(challenge, account("operator2"), new ProposalContent(
                "Gemello digitale dei ponti con sensori in fibra ottica",
                "Fibre ottiche incollate alle travi misurano deformazioni e temperature; un gemello digitale "
                        + "della struttura confronta le misure con il comportamento atteso e stima il degrado.",
                "Sensori a reticolo di Bragg su travi e pile, centralina di acquisizione con trasmissione 4G, "
                        + "modello a elementi finiti calibrato sulle prime settimane di misure, soglie di allerta "
                        + "concordate con i tecnici provinciali e formazione del personale.",
                "Dipartimento di Ingegneria civile e ambientale: tre docenti, quattro ricercatori, un tecnico di "
                        + "laboratorio.",
                new BigDecimal("120000"), List.of(new ProposalContent.BudgetLine("Sensori e installazione",
                        new BigDecimal("70000")), new ProposalContent.BudgetLine("Modellazione e calibrazione",
                        new BigDecimal("50000"))), 6, 9,
                "Modelli pubblicati con licenza aperta; dati alle province."),
                List.<String[]>of(new String[] {"Proposta tecnica - gemello digitale.pdf", "Proposta tecnica: gemello digitale"},
                        new String[] {"Curriculum del gruppo.pdf", "Curriculum del gruppo di ricerca"}),
                deadline.minus(Duration.ofDays(12)), deadline.minus(Duration.ofDays(3))));
        sent.add(seal(challenge, account("operator3"), new ProposalContent(
                "Ispezioni con drone e analisi automatica delle immagini",
                "Voli periodici di droni sotto gli impalcati e riconoscimento automatico di fessure, "
                        + "distacchi e ferri scoperti nelle fotografie.",
                "Quattro voli l'anno per ponte, fotogrammetria, rete neurale addestrata su immagini di ponti "
                        + "italiani, relazione per ogni ispezione con le differenze rispetto al volo precedente.",
                "Dati & Territorio: due piloti certificati, tre analisti di dati.",
                new BigDecimal("80000"), List.of(new ProposalContent.BudgetLine("Voli e fotogrammetria",
                        new BigDecimal("45000")), new ProposalContent.BudgetLine("Analisi delle immagini",
                        new BigDecimal("35000"))), 7, 8,
                "Licenza d'uso del software di analisi per la durata della sperimentazione."),
                List.<String[]>of(new String[] {"Proposta tecnica - ispezioni con drone.pdf", "Proposta tecnica: droni"}),
                deadline.minus(Duration.ofDays(8)), deadline.minus(Duration.ofDays(1))));
        Committee c = openAndAppoint(challenge, sent, "buyer1", "buyer2", "buyer2", day(deadline, 1), 3);
        Instant declared = c.getAppointedAt().plus(Duration.ofDays(1));
        assign(c, declared.plus(Duration.ofDays(1)));
        Map<Long, Candidate> candidates = candidates(c);
        Map<Long, Member> members = evaluations.members(c.getId()).stream()
                .collect(Collectors.toMap(Member::getId, m -> m));
        Instant scoring = c.getAssignedAt().plus(Duration.ofDays(2));
        int n = 0;
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            for (Assignment a : assignmentsOf(c, user)) {
                a.submit(scores(c, BRIDGES, candidates.get(a.getCandidateId()), user), c.getCriteria(), c.rules(),
                        scoring.plus(Duration.ofHours(16L * n++)));
            }
        }

        // the chair's consensus, each evaluator's answer (one dissent), the ranking and the committee report
        Instant consensus = scoring.plus(Duration.ofDays(8));
        c.consensusStarted(consensus);
        boolean dissented = false;
        for (Candidate x : candidates.values()) {
            Profile profile = BRIDGES.get(applicantKey(x));
            List<Assignment> reports = evaluations.assignments(c.getId()).stream()
                    .filter(a -> a.getCandidateId() == x.getId() && a.getStatus().isActive()).toList();
            Map<Integer, BigDecimal> means = ConsensusFigures.means(c.getCriteria(), reports);
            List<ConsensusScore> agreed = new ArrayList<>();
            for (EvaluationCriterion k : c.getCriteria()) {
                BigDecimal score = profile.consensus[k.getNumber() - 1];
                boolean departs = score.subtract(means.get(k.getNumber())).abs()
                        .compareTo(c.rules().consensusTolerance()) > 0;
                agreed.add(new ConsensusScore(k.getNumber(), score, profile.comments[k.getNumber() - 1],
                        departs ? profile.reason : null));
            }
            x.proposeConsensus(agreed, means, c.getCriteria(), c.rules(), c.getOverallThreshold(), consensus);
            for (Assignment a : reports) {
                boolean dissent = profile.dissent != null && !dissented;
                dissented |= dissent;
                evaluations.persist(new ConsensusVote(x.getId(), a.getMemberId(), !dissent,
                        dissent ? profile.dissent : null, consensus.plus(Duration.ofDays(1))));
            }
            x.settle();
        }
        List<Candidate> all = List.copyOf(candidates.values());
        Map<Long, Integer> positions = Ranking.rank(all.stream().map(x -> ReportWriter.entry(c, x)).toList(),
                c.getTieBreak());
        all.forEach(x -> x.ranked(positions.get(x.getId())));
        Instant ranked = consensus.plus(Duration.ofDays(3));
        EvaluationAccess.Seat chairSeat = seat(c, "buyer2");
        List<Member> signers = chairSeat.members().stream().filter(Member::hasDeclared).toList();
        DocumentView report = reportWriter.issue(chairSeat, all, signers);
        for (Member m : signers) {
            documents.requestSignature(report.protocol(), m.getAccountId(), Texts.get(chairSeat.me().locale(),
                    m.isChair() ? "evaluation.report.chairRole" : "evaluation.report.memberRole"));
        }
        c.reported(report.protocol(), ranked);
        for (Member m : signers) {
            sign(report.protocol(), accountOf(m));
        }

        // the award by buyer1, the letters, an appeal lodged and rejected
        Instant decided = ranked.plus(Duration.ofDays(3));
        Account officer = account("buyer1");
        EvaluationAccess.Seat officerSeat = seat(c, "buyer1");
        ChallengeView view = officerSeat.challenge();
        Candidate winner = all.stream().filter(x -> Integer.valueOf(1).equals(x.getRank())).findFirst().orElseThrow();
        BigDecimal budget = view.phases().get(0).budget();
        Award award = evaluations.persist(new Award(c.getId(), 1, List.of(new AwardWinner(winner.getId(),
                new BigDecimal("120000"))), all.stream().filter(x -> x.getRank() != null).map(Candidate::getId)
                .collect(Collectors.toSet()), view.type().severalWinners(), budget, null, officer.getId(), decided,
                c.rules().appealDays()));
        c.approved(decided);
        for (Candidate x : all) {
            proposals.find(x.getProposalId()).orElseThrow().outcome(award.isWinner(x.getId()), decided);
        }
        Map<Long, String> names = directory.organisationNames(all.stream().map(Candidate::getLeadOrganisationId)
                .toList());
        String body = directory.organisationName(c.getBodyId());
        Locale locale = officer.getLocale();
        List<Candidate> ordered = all.stream().sorted(java.util.Comparator.comparing((Candidate x) ->
                x.getRank() == null ? Integer.MAX_VALUE : x.getRank()).thenComparing(Candidate::getCode)).toList();
        DocumentView decision = documents.issue(new AwardDecision.Renderer(), new AwardDecision(view.title(locale),
                view.ocid(), body, officer.getFullName(), decided, c.getReportProtocol(), 1, null, budget,
                award.getWinners().stream().map(w -> new AwardDecision.Winner(names.get(winner
                        .getLeadOrganisationId()), winner.getReceiptProtocol(), winner.getRank(), winner.getTotal(),
                        w.getAmount())).toList(),
                ordered.stream().map(x -> new AwardDecision.Ranked(x.getRank(), names.get(x.getLeadOrganisationId()),
                        x.getTotal(), Boolean.TRUE.equals(x.getFundable()))).toList()),
                new Issue("award", c.getId() + "/1", c.getBodyId(), Visibility.PUBLIC, locale,
                        new Issue.IssuingBody(c.getBodyId(), body)));
        award.decisionIssued(decision.protocol());
        challenge.awarded(decided);
        letters.send(officerSeat, all, award, names);

        Account appellant = account("operator3");
        Candidate appealed = all.stream().filter(x -> x.getLeadOrganisationId() == appellant.getOrganisation()
                .getId()).findFirst().orElseThrow();
        Instant lodged = decided.plus(Duration.ofDays(6));
        Appeal appeal = evaluations.persist(new Appeal(c.getId(), appealed.getId(), appealed.getLeadOrganisationId(),
                "Chiediamo il riesame del punteggio sull'impatto (criterio 2). La commissione non ha considerato "
                        + "che le ispezioni con drone evitano la chiusura al traffico dei ponti durante i controlli "
                        + "e raddoppiano la frequenza delle ispezioni a parità di costo, come documentato a pagina 2 "
                        + "della proposta tecnica.", appellant.getId(), lodged));
        Instant rejected = lodged.plus(Duration.ofDays(5));
        appeal.decide(false, "Il ricorso è respinto. La commissione ha considerato la minore chiusura al traffico "
                + "(verbale, proposta " + appealed.getCode() + ", criterio 2): il punteggio riflette che le ispezioni "
                + "periodiche, anche se più frequenti, non misurano in continuo lo stato della struttura come "
                + "richiesto dal bando. Il giudizio è motivato e coerente con i criteri pubblicati.",
                officer.getId(), rejected);
        Locale appellantLocale = appellant.getLocale();
        DocumentView appealDecision = documents.issue(new AppealDecision.Renderer(), new AppealDecision(
                view.title(appellantLocale), view.ocid(), body, names.get(appeal.getOrganisationId()),
                appeal.getLodgedAt(), appeal.getText(), false, appeal.getReason(), officer.getFullName(), rejected),
                new Issue("appeal", String.valueOf(appeal.getId()), appeal.getOrganisationId(),
                        Visibility.RESTRICTED, appellantLocale, new Issue.IssuingBody(c.getBodyId(), body)));
        appeal.decisionIssued(appealDecision.protocol());
    }

    // ---------------------------------------------------------------------------------------------------------
    // the steps both challenges share

    /**
     * Receipts for the submissions, the opening asked for by one officer and confirmed by another (minutes issued),
     * every proposal admissible, the committee (chair and evaluator1–4) appointed and each member's declaration
     * signed. Returns the committee.
     */
    private Committee openAndAppoint(Challenge challenge, List<Submission> sent, String requester, String confirmer,
            String chair, Instant openedAt, int daysToAppoint) {
        ChallengeView view = catalogue.get(challenge.getId());
        String body = directory.organisationName(challenge.getBuyerId());
        Map<Long, String> leads = new LinkedHashMap<>();
        Map<Long, String> receipts = new HashMap<>();
        for (Submission s : sent) {
            Proposal p = proposals.find(s.getProposalId()).orElseThrow();
            leads.put(p.getId(), directory.organisationName(p.getLeadOrganisationId()));
            receipts.put(p.getId(), receipt(view, p, s));
        }
        Account asking = account(requester);
        Account opening = account(confirmer);
        Opening o = openings.persist(new Opening(challenge.getId(), 1, challenge.getPhases().get(0).getClosesAt(),
                asking.getId(), openedAt));
        o.confirm(opening.getId(), openedAt.plus(Duration.ofHours(2)));
        Openings.UnwrappedKey key = openings.key(o, now);
        List<OpeningMinutes.Entry> entries = new ArrayList<>();
        for (Submission s : sent) {
            Proposal p = proposals.find(s.getProposalId()).orElseThrow();
            entries.add(new OpeningMinutes.Entry(leads.get(p.getId()), receipts.get(p.getId()), s,
                    openings.verify(s, key)));
            p.opened(o.getConfirmedAt());
        }
        DocumentView minutes = documents.issue(new OpeningMinutes.Renderer(), new OpeningMinutes(
                view.title(opening.getLocale()), view.ocid(), body, o, challenge.getPhases().get(0).getClosesAt(),
                asking.getFullName(), opening.getFullName(), entries, 0), new Issue("opening",
                challenge.getId() + "/1", challenge.getBuyerId(), Visibility.RESTRICTED, opening.getLocale(),
                new Issue.IssuingBody(challenge.getBuyerId(), body)));
        o.minutes(minutes.protocol());
        for (Submission s : sent) {
            proposals.find(s.getProposalId()).orElseThrow().decideAdmissibility(true, null, asking.getId(),
                    openedAt.plus(Duration.ofDays(1)));
        }

        // the committee, appointed by the officer who asked for the opening
        Instant appointed = openedAt.plus(Duration.ofDays(daysToAppoint));
        List<EvaluationCriterion> criteria = new ArrayList<>();
        List<ChallengeView.CriterionView> judgedBy = view.criteriaOf(1);
        for (int i = 0; i < judgedBy.size(); i++) {
            ChallengeView.CriterionView k = judgedBy.get(i);
            criteria.add(new EvaluationCriterion(i + 1, k.nameIt(), k.nameEn(), k.weight(), k.threshold()));
        }
        EvaluationRules rules = EvaluationRules.defaults();
        Committee c = evaluations.persist(new Committee(challenge.getId(), 1, challenge.getBuyerId(), criteria,
                view.overallThreshold(), view.tieBreak(), view.blindReview(), rules, asking.getId(), appointed));
        List<Member> members = new ArrayList<>();
        members.add(evaluations.persist(Member.appointed(c.getId(), account(chair).getId(),
                account(chair).getFullName(), true)));
        for (String user : EVALUATORS) {
            members.add(evaluations.persist(Member.appointed(c.getId(), account(user).getId(),
                    account(user).getFullName(), false)));
        }
        int n = 0;
        for (Submission s : sent.stream().sorted(java.util.Comparator.comparing(Submission::getSubmittedAt)).toList()) {
            Proposal p = proposals.find(s.getProposalId()).orElseThrow();
            evaluations.persist(new Candidate(c.getId(), p.getId(), Candidate.code(++n), p.getLeadOrganisationId(),
                    receipts.get(p.getId()), s.getSubmittedAt()));
        }
        challenge.evaluationStarted(appointed);
        Locale locale = asking.getLocale();
        DocumentView appointment = documents.issue(new CommitteeAppointment.Renderer(), new CommitteeAppointment(
                view.title(locale), view.ocid(), 1, body, asking.getFullName(), appointed, c.isBlind(),
                members.stream().map(m -> new CommitteeAppointment.Member(m.getDisplayName(), organisationName(
                        accountOf(m)), m.isChair())).toList(),
                criteria.stream().map(k -> new CommitteeAppointment.CriterionLine(k.name(locale), k.getWeight(),
                        k.getThreshold())).toList(), c.getOverallThreshold(),
                "0–" + rules.scaleMax().stripTrailingZeros().toPlainString() + ", " + rules.scaleStep().toPlainString(),
                rules.evaluatorsPerProposal(), rules.minCommentLength(), rules.appealDays()),
                new Issue("committee", String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                        new Issue.IssuingBody(c.getBodyId(), body)));
        c.appointmentIssued(appointment.protocol());

        // every member declares: the conflicts Sfide finds are recorded, the declaration signed personally
        Instant declared = appointed.plus(Duration.ofDays(1));
        Map<Long, Set<String>> domains = directory.emailDomains(sent.stream()
                .map(s -> proposals.find(s.getProposalId()).orElseThrow().getLeadOrganisationId()).toList());
        Map<Long, Set<String>> own = ConflictFinder.ownDomains(domains, directory.organisationsUsingDomains(
                domains.values().stream().flatMap(Set::stream).collect(Collectors.toSet())));
        List<Candidate> candidates = evaluations.candidates(c.getId());
        List<ConflictFinder.Proposal> parties = candidates.stream().map(x -> new ConflictFinder.Proposal(x.getId(),
                List.of(new ConflictFinder.Party(x.getLeadOrganisationId(), leads.get(x.getProposalId()), true))))
                .toList();
        int m = 0;
        for (Member member : members) {
            Account a = accountOf(member);
            Instant at = declared.plus(Duration.ofHours(3L * m++));
            Expertise expertise = evaluations.expertise(a.getId()).orElse(null);
            List<ConflictFinder.Found> found = ConflictFinder.find(new ConflictFinder.Person(
                    a.getOrganisation() == null ? null : a.getOrganisation().getId(), a.getEmail()), parties, own,
                    (id, name) -> expertise != null && expertise.affiliatedWith(name, null));
            for (ConflictFinder.Found f : found) {
                evaluations.persist(new Conflict(c.getId(), member.getId(), f.candidateId(), f.source(), f.detail(),
                        at));
            }
            Locale mine = a.getLocale();
            Map<Long, List<ConflictFinder.Found>> byCandidate = found.stream()
                    .collect(Collectors.groupingBy(ConflictFinder.Found::candidateId));
            DocumentView declaration = documents.issue(new ConflictDeclaration.Renderer(), new ConflictDeclaration(
                    view.title(mine), view.ocid(), 1, member.getDisplayName(), member.isChair(), at,
                    candidates.stream().map(x -> {
                        List<ConflictFinder.Found> f = byCandidate.getOrDefault(x.getId(), List.of());
                        return new ConflictDeclaration.Applicant(c.isBlind() ? x.getCode()
                                : leads.get(x.getProposalId()), !f.isEmpty(), f.isEmpty() ? null : f.stream()
                                .map(d -> Texts.get(mine, "evaluation.conflict." + d.source().name()
                                        + (c.isBlind() ? ".blind" : ""), d.detail()))
                                .collect(Collectors.joining("; ")), null);
                    }).toList()),
                    new Issue("committee-member", String.valueOf(member.getId()), c.getBodyId(),
                            Visibility.RESTRICTED, mine));
            documents.requestSignature(declaration.protocol(), a.getId(),
                    Texts.get(mine, "evaluation.declaration.signerRole"));
            sign(declaration.protocol(), a);
            member.declared(declaration.protocol(), at);
        }
        return c;
    }

    /** The chair's automatic assignment: three evaluators per proposal, never a conflicted pair, best expertise. */
    private void assign(Committee c, Instant at) {
        List<Member> evaluators = evaluations.members(c.getId()).stream().filter(m -> !m.isChair()).toList();
        Set<String> themes = new HashSet<>(catalogue.get(c.getChallengeId()).themes());
        List<AssignmentPlanner.Item> items = new ArrayList<>();
        for (Candidate x : evaluations.candidates(c.getId())) {
            Proposal p = proposals.find(x.getProposalId()).orElseThrow();
            Set<String> topics = new HashSet<>(themes);
            topics.addAll(terms(this.topics.getOrDefault(p.getId(), "")));
            items.add(new AssignmentPlanner.Item(x.getId(), topics));
        }
        Map<Long, Expertise> expertise = evaluations.expertise(evaluators.stream().map(Member::getAccountId).toList())
                .stream().collect(Collectors.toMap(Expertise::getAccountId, e -> e));
        List<AssignmentPlanner.Reviewer> reviewers = evaluators.stream().map(m -> new AssignmentPlanner.Reviewer(
                m.getId(), expertise.containsKey(m.getAccountId()) ? expertise.get(m.getAccountId()).terms()
                        : Set.of())).toList();
        Set<AssignmentPlanner.Pair> conflicts = evaluations.conflicts(c.getId()).stream()
                .map(k -> new AssignmentPlanner.Pair(k.getMemberId(), k.getCandidateId())).collect(Collectors.toSet());
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(items, reviewers, c.rules().evaluatorsPerProposal(),
                conflicts, Set.of());
        if (!plan.complete()) {
            throw new IllegalStateException("the demo assignment is incomplete: " + plan.shortfalls());
        }
        for (AssignmentPlanner.Pair pair : plan.pairs()) {
            evaluations.persist(new Assignment(c.getId(), pair.reviewerId(), pair.itemId(), false, at));
        }
        c.assigned(at);
    }

    /** The evaluators' declared expertise (kept if they changed it); evaluator4 names Politecnico di Milano. */
    private void expertise() {
        Instant at = now.minus(Duration.ofDays(120));
        declare("evaluator1", List.of("digital-services", "welfare"),
                "servizi al cittadino, prenotazioni, accessibilità, agende, sportelli", "Università degli Studi di Milano",
                at);
        declare("evaluator2", List.of("mobility", "smart-city"),
                "ponti, monitoraggio strutturale, sensori, fibra ottica, ingegneria civile", "Università di Pavia", at);
        declare("evaluator3", List.of("digital-services", "smart-city"),
                "dati aperti, previsione, modelli statistici, code, analisi delle immagini", "", at);
        declare("evaluator4", List.of("mobility", "digital-services"),
                "accelerometri, droni, ispezioni, infrastrutture, totem",
                "Politecnico di Milano\nAgenzia Spaziale Italiana", at);
    }

    private void declare(String user, List<String> themes, String keywords, String affiliations, Instant at) {
        Account a = account(user);
        if (evaluations.expertise(a.getId()).isEmpty()) {
            Expertise e = new Expertise(a.getId(), at);
            e.declare(themes, keywords, affiliations, at);
            evaluations.persist(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private Submission seal(Challenge challenge, Account operator, ProposalContent content, List<String[]> files,
            Instant drafted, Instant sealed) {
        Submission s = proposalDemo.sealed(challenge, operator, content, files, drafted, sealed);
        topics.put(s.getProposalId(), content.title() + " " + content.summary());
        return s;
    }

    /** The submission receipt, issued now as the receipt recovery would (time-stamped, listing every hash). */
    private String receipt(ChallengeView view, Proposal p, Submission s) {
        Account submitter = people.values().stream().filter(a -> a.getId().equals(s.getSubmittedBy())).findFirst()
                .orElseThrow();
        TimeStampView stamp = documents.timeStamp(HexFormat.of().parseHex(s.getDigest()));
        DocumentView receipt = documents.issue(new SubmissionReceipt.Renderer(), new SubmissionReceipt(s,
                Manifest.of(s), view.title(submitter.getLocale()), view.ocid(), p.getPhaseNumber(),
                directory.organisationName(p.getLeadOrganisationId()), submitter.getFullName(), stamp),
                new Issue(PartnerReaders.RECORD_TYPE, String.valueOf(p.getId()), p.getLeadOrganisationId(),
                        Visibility.RESTRICTED, submitter.getLocale()));
        s.receipted(receipt.protocol(), stamp.token());
        return receipt.protocol();
    }

    /** Signs a document for a person with their (demo) password, as they would on the signatures page. */
    private void sign(String protocol, Account signer) {
        SignatureRequest request = countersigner.pendingFor(signer.getId()).stream()
                .filter(r -> r.getDocument().getProtocol().equals(protocol)).findFirst().orElseThrow();
        countersigner.sign(request, signer.getId(), signer.getFullName(), organisationName(signer),
                PasswordPolicy.DEMO_PASSWORD);
    }

    private EvaluationAccess.Seat seat(Committee c, String user) {
        Account a = account(user);
        Organisation o = a.getOrganisation();
        Actor me = new Actor(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), o == null ? null : o.getId(),
                o == null ? null : o.getName(), o != null && o.getKind() == OrganisationKind.PUBLIC_BODY,
                o != null && o.isVerified(), a.getLocale());
        List<Member> members = evaluations.members(c.getId());
        return new EvaluationAccess.Seat(c, catalogue.get(c.getChallengeId()), me, me.isOfficerOf(c.getBodyId()),
                members.stream().filter(m -> m.isAccount(a.getId())).findFirst().orElse(null), members);
    }

    private Map<Long, Candidate> candidates(Committee c) {
        Map<Long, Candidate> map = new LinkedHashMap<>();
        evaluations.candidates(c.getId()).forEach(x -> map.put(x.getId(), x));
        return map;
    }

    private List<Assignment> assignmentsOf(Committee c, String user) {
        Member m = evaluations.members(c.getId()).stream().filter(x -> x.isAccount(account(user).getId()))
                .findFirst().orElseThrow();
        return evaluations.assignmentsOf(m.getId()).stream().filter(a -> a.getStatus().isActive()).toList();
    }

    /** An evaluator's scores: the profile's, a little apart by evaluator, with their comments. */
    private List<CriterionScore> scores(Committee c, Map<String, Profile> profiles, Candidate x, String user) {
        Profile profile = profiles.get(applicantKey(x));
        int who = EVALUATORS.indexOf(user);
        List<CriterionScore> scores = new ArrayList<>();
        for (EvaluationCriterion k : c.getCriteria()) {
            int i = k.getNumber() - 1;
            BigDecimal score = profile.individual(i, who);
            String comment = profile.comments[i];
            scores.add(new CriterionScore(k.getNumber(), score, who == 0
                    ? Character.toUpperCase(comment.charAt(0)) + comment.substring(1) : LEADS[who] + comment));
        }
        return scores;
    }

    /** The demo profile of a candidate: by its lead's tax code, which the loader knows. */
    private String applicantKey(Candidate x) {
        return people.entrySet().stream().filter(e -> e.getKey().startsWith("operator")
                && e.getValue().getOrganisation().getId() == x.getLeadOrganisationId()).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private Account account(String user) {
        Account a = people.get(user);
        if (a == null) {
            throw new IllegalStateException("demo account missing: " + user);
        }
        return a;
    }

    private Account accountOf(Member m) {
        return people.values().stream().filter(a -> m.isAccount(a.getId())).findFirst().orElseThrow();
    }

    private static String organisationName(Account a) {
        return a.getOrganisation() == null ? null : a.getOrganisation().getName();
    }

    private static Instant day(Instant at, int days) {
        return at.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
    }

    private static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        String previous = null;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.length() < 2) {
                previous = null;
                continue;
            }
            terms.add(w);
            if (previous != null) {
                terms.add(previous + " " + w);
            }
            previous = w;
        }
        return terms;
    }

    private static final List<String> EVALUATORS = List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4");

    /** How each evaluator opens a comment: the same judgement, in their words. */
    private static final String[] LEADS = {"", "A mio avviso: ", "Nel complesso: ", "In sintesi: "};


    /**
     * How a proposal fares: the scores of the consensus per criterion; each evaluator's score is that, apart by
     * the evaluator's offset (or the given individual scores); the comments; the reason for a consensus departing
     * from the evaluators; a dissent.
     */
    private record Profile(BigDecimal[] consensus, BigDecimal[][] individual, String[] comments, String reason,
            String dissent) {

        BigDecimal individual(int criterion, int evaluator) {
            if (individual != null && individual[criterion] != null) {
                return individual[criterion][evaluator];
            }
            BigDecimal offset = new BigDecimal(new String[] {"0", "0.5", "-0.5", "0"}[evaluator]);
            BigDecimal s = consensus[criterion].add(offset);
            return s.max(BigDecimal.ZERO).min(new BigDecimal("5.0"));
        }
    }

    private static BigDecimal[] s(String... scores) {
        BigDecimal[] a = new BigDecimal[scores.length];
        for (int i = 0; i < scores.length; i++) {
            a[i] = new BigDecimal(scores[i]);
        }
        return a;
    }

    /** Challenge A (blind): the three proposals by lead. */
    private static final Map<String, Profile> QUEUES = Map.of(
            "operator1", new Profile(s("4.0", "4.0", "3.5", "4.0"), null, new String[] {
                "agenda unica ben progettata, con integrazione ANPR descritta nel dettaglio e la lista d'attesa via SMS.",
                "riduzione delle attese credibile; resta poco chiaro come si aiuta chi non usa il telefono.",
                "piano in tre fasi realistico, ma la sperimentazione in tre Municipi è concentrata in otto settimane.",
                "gruppo con esperienza su agende regionali, adeguato alla dimensione del progetto."}, null, null),
            "operator2", new Profile(s("3.5", "3.5", "4.0", "4.5"), null, new String[] {
                "modello di previsione solido e ben motivato, ma non cambia da solo il modo in cui si prenota.",
                "impatto indiretto: i turni migliorano, i cittadini vedono benefici solo se i Municipi li adottano.",
                "metodo chiaro, dati storici già disponibili, tempi coerenti con il bando.",
                "gruppo di ricerca di alto livello, con pubblicazioni pertinenti sulle code."}, null, null),
            "operator3", new Profile(s("3.0", "4.0", "3.0", "3.5"), null, new String[] {
                "soluzione nota (totem e videochiamata), poco originale ma concreta e facile da capire.",
                "buona attenzione a chi non usa internet e alle persone straniere grazie ai mediatori.",
                "costi dei totem elevati rispetto al premio, manutenzione non descritta.",
                "gruppo piccolo ma completo, con la cooperativa di mediatori come punto di forza."}, null, null));

    /** Challenge B (named): the three proposals by lead; the drone inspections fall under the impact threshold. */
    private static final Map<String, Profile> BRIDGES = Map.of(
            "operator1", new Profile(s("4.0", "3.5", "3.5", "4.0"), null, new String[] {
                "rete di accelerometri economica e ben dimensionata, analisi delle frequenze proprie appropriata.",
                "allerta precoce utile ai tecnici; l'affidabilità degli allarmi va dimostrata sul campo.",
                "installazione semplice e tempi credibili, manca un piano per la sostituzione delle batterie.",
                "competenze strutturali affidate a consulenti esterni: da rafforzare nel gruppo."}, null, null),
            "operator2", new Profile(s("4.5", "4.0", "4.0", "4.5"), null, new String[] {
                "gemello digitale con fibre ottiche: soluzione avanzata, descritta con rigore e verificabile.",
                "misure continue di deformazione e temperatura, con soglie concordate: impatto diretto sulla sicurezza.",
                "piano di calibrazione chiaro; i costi dei sensori sono alti ma giustificati e dettagliati.",
                "gruppo universitario con laboratorio e lunga esperienza di monitoraggio di ponti."}, null, null),
            "operator3", new Profile(s("3.0", "2.0", "3.5", "3.0"),
                    new BigDecimal[][] {null, s("3.5", "3.0", "3.5", "3.5"), null, null}, new String[] {
                "riconoscimento automatico delle fessure interessante, ma le ispezioni restano periodiche.",
                "quattro voli l'anno non danno il monitoraggio continuo chiesto dal bando: impatto limitato.",
                "voli e fotogrammetria ben organizzati, tempi e costi realistici.",
                "piloti certificati e analisti esperti, gruppo adeguato."},
                    "Il bando chiede un monitoraggio continuo: ispezioni trimestrali, per quanto accurate, non lo "
                            + "garantiscono. La commissione ha concordato un punteggio più basso di quello dei "
                            + "singoli valutatori dopo la discussione del 2° criterio.",
                    "Ritengo il punteggio sull'impatto troppo severo: le ispezioni con drone evitano le chiusure al "
                            + "traffico e coprono anche i ponti minori, che oggi nessuno controlla."));

}
