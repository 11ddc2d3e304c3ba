package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ExecutionCompleted;
import it.sfide.challenge.boundary.ExecutionStarted;
import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.Deliverable;
import it.sfide.contract.Milestone;
import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.Payment;
import it.sfide.contract.SignatureMode;
import it.sfide.contract.control.ContractDocument;
import it.sfide.contract.control.CompletionCertificate;
import it.sfide.contract.control.Contracts;
import it.sfide.contract.control.LegalRepresentatives;
import it.sfide.contract.control.MilestoneAcceptance;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.control.Countersigner;
import it.sfide.document.SignatureRequest;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.AwardWinner;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.identity.Account;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.PasswordPolicy;
import it.sfide.shared.Digests;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's completed contract: Regione Lombardia's awarded bridge-monitoring challenge, won by Politecnico di
 * Milano for 120,000 €, contracted after the appeal window and signed on the platform by Giulia Bianchi (buyer1)
 * and Elena Ricci (operator2, the university's legal representative). The university delivered early: the first
 * milestone was accepted with a sealed acceptance and paid; the second was rejected with reasons, delivered again,
 * accepted and paid; the third accepted and paid; then buyer1 completed the contract with the completion
 * certificate sealed by the body, and the challenge, whose only contract it is, is COMPLETED. Its solution is in the
 * reuse catalogue ({@link DemoReuse}). Each step is taken only if missing, so a database kept from an earlier
 * demo (the second delivery waiting) is brought to the same end. Its steps (a contract signed, a delivery
 * accepted, a payment, a completion) serve {@link DemoPcp} too.
 */
@Dependent
public class DemoContracts {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    DemoChallenges challengeDemo;

    @Inject
    Evaluations evaluations;

    @Inject
    Contracts contracts;

    @Inject
    ChallengeCatalogue catalogue;

    @Inject
    DocumentIssuer documents;

    @Inject
    Countersigner countersigner;

    @Inject
    Directory directory;

    @Inject
    LegalRepresentatives representatives;

    @Inject
    Event<ExecutionStarted> executionStarted;

    @Inject
    Event<ExecutionCompleted> executionCompleted;

    /** Creates the contract unless the awarded challenge has one, and takes it to its completion. */
    public void load(Map<String, Account> people, Instant now) {
        Challenge challenge = challengeDemo.challenges.findByOcid(DemoChallenges.PREFIX + "11").orElse(null);
        if (challenge == null) {
            return;
        }
        Contract c = contracts.ofChallenge(challenge.getId()).stream().findFirst()
                .orElseGet(() -> create(challenge, people, now));
        if (c.getStatus() == ContractStatus.SIGNED) {
            finish(challenge, c, people.get("buyer1"), people.get("operator2"), now);
        }
    }

    /** The contract signed by both, its first milestone accepted and paid, the second rejected and delivered again. */
    private Contract create(Challenge challenge, Map<String, Account> people, Instant now) {
        Committee committee = evaluations.committeeOf(challenge.getId(), 1).orElseThrow();
        Award award = evaluations.awards(committee.getId()).stream().findFirst().orElseThrow();
        AwardWinner winner = award.getWinners().get(0);
        Account buyer = people.get("buyer1");
        Account operator = people.get("operator2");

        // signed once the appeal window closed; the operator delivered every milestone early
        Instant signedAt = min(award.getAppealUntil().plus(Duration.ofDays(2)), now.minus(Duration.ofDays(12)));
        LocalDate start = signedAt.atZone(ROME).toLocalDate().plusDays(1);
        LocalDate end = start.plusMonths(12);
        Contract c = signed(challenge, award, winner, "Monitoraggio strutturale di 40 ponti provinciali con sensori "
                + "a reticolo di Bragg, modello a elementi finiti calibrato e soglie di allerta concordate con i "
                + "tecnici provinciali.", start, end, List.of(
                        new Contract.MilestoneLine("Progetto esecutivo e piano di installazione", null,
                                start.plusMonths(2), new BigDecimal("30000")),
                        new Contract.MilestoneLine("Installazione su 10 ponti e prime misure",
                                "Sensori installati e dati trasmessi alla piattaforma provinciale.",
                                start.plusMonths(6), new BigDecimal("40000")),
                        new Contract.MilestoneLine("Collaudo, modello calibrato e dati aperti", null, end,
                                new BigDecimal("50000"))), buyer, operator, signedAt);

        // milestone 1: delivered, accepted under the body's seal, paid
        Instant delivered = now.minus(Duration.ofDays(10));
        Deliverable first = deliver(c, 1, 1, "Progetto esecutivo con l'elenco dei 40 ponti, le posizioni dei "
                + "sensori e il cronoprogramma delle installazioni.", "progetto-esecutivo.pdf", operator, delivered);
        Instant accepted = delivered.plus(Duration.ofDays(2));
        accept(c, 1, first, buyer, accepted);
        pay(c, 1, "Mandato di pagamento 0412", buyer, accepted.plus(Duration.ofHours(2)));

        // milestone 2: rejected with reasons, delivered again
        Instant second = now.minus(Duration.ofDays(9));
        deliver(c, 2, 1, "Sensori installati su 10 ponti; dati trasmessi dal 1° del mese.", "installazione.pdf",
                operator, second);
        c.reject(2, buyer.getId(), "Mancano le schede di taratura dei sensori e le misure dei primi 15 giorni "
                + "per i ponti sul Ticino.", second.plus(Duration.ofDays(2)));
        deliver(c, 2, 2, "Aggiunte le schede di taratura e le misure dei primi 15 giorni di tutti i ponti.",
                "installazione-con-tarature.pdf", operator, second.plus(Duration.ofDays(4)));
        return c;
    }

    /**
     * From wherever the contract in force stands: the second milestone accepted and paid, the third delivered,
     * accepted and paid, the contract completed with its certificate; the challenge in execution, then completed.
     */
    private void finish(Challenge challenge, Contract c, Account buyer, Account operator, Instant now) {
        executionStarted.fire(new ExecutionStarted(challenge.getId()));
        if (c.milestone(2).getStatus() == MilestoneStatus.SUBMITTED) {
            accept(c, 2, latest(c, 2), buyer, now.minus(Duration.ofDays(4)));
            pay(c, 2, "Mandato di pagamento 0457", buyer, now.minus(Duration.ofDays(4)).plus(Duration.ofHours(2)));
        }
        if (c.milestone(3).getStatus() == MilestoneStatus.PENDING) {
            deliver(c, 3, 1, "Collaudo superato su tutti i 40 ponti; modello a elementi finiti calibrato su sei "
                    + "settimane di misure; dati aperti pubblicati sul portale regionale con licenza CC BY 4.0 e "
                    + "codice sorgente della piattaforma con licenza EUPL-1.2.", "collaudo-e-dati-aperti.pdf",
                    operator, now.minus(Duration.ofDays(3)));
        }
        if (c.milestone(3).getStatus() == MilestoneStatus.SUBMITTED) {
            accept(c, 3, latest(c, 3), buyer, now.minus(Duration.ofDays(2)));
            pay(c, 3, "Mandato di pagamento 0503", buyer, now.minus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
        }
        complete(c, buyer, "Lavoro consegnato in anticipo su tutte le scadenze; il sistema è in esercizio sui 40 "
                + "ponti e il codice è pubblicato per il riuso.", now.minus(Duration.ofHours(20)));
        executionCompleted.fire(new ExecutionCompleted(challenge.getId()));
    }

    private Deliverable latest(Contract c, int number) {
        List<Deliverable> rounds = contracts.deliverablesOf(c.milestone(number).getId());
        return rounds.stream().max(java.util.Comparator.comparingInt(Deliverable::getRound)).orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the steps every demo contract shares (DemoPcp's too)

    /**
     * A winner's contract in force: drafted by the buyer officer three days before {@code signedAt} with this object,
     * period and schedule, issued under the body's seal, signed on the platform by the officer and then, at
     * {@code signedAt}, by the operator's legal representative. The documents are in Italian, the body's language.
     */
    Contract signed(Challenge challenge, Award award, AwardWinner winner, String object, LocalDate start,
            LocalDate end, List<Contract.MilestoneLine> schedule, Account buyer, Account operator, Instant signedAt) {
        Candidate won = evaluations.candidate(winner.getCandidateId()).orElseThrow();
        Committee committee = evaluations.committee(award.getCommitteeId()).orElseThrow();
        int phase = committee.getPhaseNumber();
        ChallengeView view = catalogue.get(challenge.getId());
        Locale locale = Locale.ITALIAN;
        long n = contracts.countOfChallenge(challenge.getId()) + 1;
        Contract c = new Contract(challenge.getId(), phase, award.getId(), won.getProposalId(), challenge.getBuyerId(),
                won.getLeadOrganisationId(), String.format("CT-%d-%d-%02d", challenge.getId(), phase, n), object,
                winner.getAmount(), start, end, "Anticipo", "Saldo", buyer.getId(), signedAt.minus(Duration.ofDays(3)));
        c.edit(object, winner.getAmount(), start, end, schedule, signedAt.minus(Duration.ofDays(2)));
        contracts.persist(c);
        String body = directory.organisationName(challenge.getBuyerId());
        String operatorName = directory.organisationName(won.getLeadOrganisationId());
        List<LegalRepresentatives.Representative> legal = representatives.of(won.getLeadOrganisationId());
        DocumentView issued = documents.issue(new ContractDocument.Renderer(), new ContractDocument(c.getCode(),
                view.title(locale), view.ocid(), phase, body, directory.organisationTaxCode(c.getBodyId()),
                operatorName, directory.organisationTaxCode(c.getOperatorId()),
                legal.stream().map(LegalRepresentatives.Representative::fullName).toList(),
                award.getDecisionProtocol(), c.getObjectText(), c.getValue(), start, end,
                c.getMilestones().stream().map(m -> new ContractDocument.Line(m.getNumber(), m.getTitle(),
                        m.getDescription(), m.getDueOn(), m.getAmount())).toList()),
                issue(c, body));
        c.issued(issued.protocol(), signedAt.minus(Duration.ofDays(1)));
        sign(issued.protocol(), buyer, "Per l'ente committente");
        c.buyerSigned(buyer.getId(), buyer.getFullName(), signedAt.minus(Duration.ofHours(20)));
        sign(issued.protocol(), operator, "Legale rappresentante dell'operatore");
        String taxCode = legal.stream().filter(r -> operator.getId().equals(r.accountId()))
                .map(LegalRepresentatives.Representative::taxCode).findFirst().orElseThrow();
        c.operatorSigned(operator.getId(), operator.getFullName(), taxCode, SignatureMode.PLATFORM, signedAt);
        return c;
    }

    /** The buyer officer accepts the milestone's delivery with a milestone acceptance under the body's seal. */
    void accept(Contract c, int milestone, Deliverable delivery, Account buyer, Instant at) {
        ChallengeView view = catalogue.get(c.getChallengeId());
        String body = directory.organisationName(c.getBodyId());
        Milestone m = c.milestone(milestone);
        DocumentView acceptance = documents.issue(new MilestoneAcceptance.Renderer(), new MilestoneAcceptance(
                c.getCode(), c.getProtocol(), view.title(Locale.ITALIAN), body,
                directory.organisationName(c.getOperatorId()), milestone, m.getTitle(), m.getDueOn(), m.getAmount(),
                delivery.getRound(), delivery.getSubmittedAt(), delivery.getFiles().stream()
                        .map(f -> f.getName() + " — SHA-256 " + f.getSha256()).toList(),
                buyer.getFullName(), at), issue(c, body));
        c.accept(milestone, buyer.getId(), acceptance.protocol(), at);
    }

    /** The payment of an accepted milestone's whole amount, recorded by the officer; paid on the day recorded. */
    void pay(Contract c, int milestone, String reference, Account buyer, Instant at) {
        contracts.persist(c.pay(milestone, c.milestone(milestone).getAmount(), at.atZone(ROME).toLocalDate(),
                reference, buyer.getId(), at, contracts.payments(c.getId())));
    }

    /** The officer completes the contract, every milestone accepted, with a completion certificate. */
    void complete(Contract c, Account buyer, String remarks, Instant at) {
        ChallengeView view = catalogue.get(c.getChallengeId());
        String body = directory.organisationName(c.getBodyId());
        BigDecimal paid = contracts.payments(c.getId()).stream().map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        DocumentView certificate = documents.issue(new CompletionCertificate.Renderer(), new CompletionCertificate(
                c.getCode(), c.getProtocol(), view.title(Locale.ITALIAN), view.ocid(), c.getPhaseNumber(), body,
                directory.organisationName(c.getOperatorId()), c.getObjectText(), c.getValue(), c.getStartsOn(),
                c.getEndsOn(), c.getMilestones().stream().map(m -> new CompletionCertificate.Line(m.getNumber(),
                        m.getTitle(), m.getAmount(), m.getAcceptanceProtocol(), m.getDecidedAt())).toList(), paid,
                remarks, buyer.getFullName(), at), issue(c, body));
        c.complete(buyer.getId(), certificate.protocol(), at);
    }

    private static Issue issue(Contract c, String body) {
        return new Issue("contract", String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, Locale.ITALIAN,
                new Issue.IssuingBody(c.getBodyId(), body));
    }

    Deliverable deliver(Contract c, int milestone, int round, String report, String file, Account by,
            Instant at) {
        Deliverable d = new Deliverable(c.milestone(milestone).getId(), round, report, by.getId(), at);
        byte[] pdf = DemoProposals.pdf(report, 2);
        d.attach(file, Digests.sha256Hex(pdf), pdf);
        c.submit(milestone, at);
        return contracts.persist(d);
    }

    /** Signs a document for a person with their (demo) password, as they would on the contract's page. */
    private void sign(String protocol, Account signer, String role) {
        documents.requestSignature(protocol, signer.getId(), role);
        SignatureRequest request = countersigner.pendingFor(signer.getId()).stream()
                .filter(r -> r.getDocument().getProtocol().equals(protocol)).findFirst().orElseThrow();
        countersigner.sign(request, signer.getId(), signer.getFullName(), directory.organisationName(
                signer.getOrganisation().getId()),
                PasswordPolicy.DEMO_PASSWORD);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
