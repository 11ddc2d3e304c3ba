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
import it.sfide.contract.control.CompletionCertificate;
import it.sfide.contract.control.ContractDocument;
import it.sfide.contract.control.Contracts;
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
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
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
 * demo (the second delivery waiting) is brought to the same end.
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
            complete(challenge, c, people.get("buyer1"), people.get("operator2"), now);
        }
    }

    /** The contract signed by both, its first milestone accepted and paid, the second rejected. */
    private Contract create(Challenge challenge, Map<String, Account> people, Instant now) {
        Committee committee = evaluations.committeeOf(challenge.getId(), 1).orElseThrow();
        Award award = evaluations.awards(committee.getId()).stream().findFirst().orElseThrow();
        AwardWinner winner = award.getWinners().get(0);
        Candidate won = evaluations.candidate(winner.getCandidateId()).orElseThrow();
        Account buyer = people.get("buyer1");
        Account operator = people.get("operator2");
        ChallengeView view = catalogue.get(challenge.getId());
        Locale locale = Locale.ITALIAN;

        // signed once the appeal window closed; the operator delivered every milestone early
        Instant signedAt = min(award.getAppealUntil().plus(Duration.ofDays(2)), now.minus(Duration.ofDays(12)));
        LocalDate start = signedAt.atZone(ROME).toLocalDate().plusDays(1);
        LocalDate end = start.plusMonths(12);
        Contract c = new Contract(challenge.getId(), 1, award.getId(), won.getProposalId(), challenge.getBuyerId(),
                won.getLeadOrganisationId(), String.format("CT-%d-1-01", challenge.getId()),
                "Monitoraggio strutturale di 40 ponti provinciali con sensori in fibra ottica e gemello digitale",
                winner.getAmount(), start, end, "Anticipo", "Saldo", buyer.getId(), signedAt.minus(Duration.ofDays(3)));
        c.edit("Monitoraggio strutturale di 40 ponti provinciali con sensori a reticolo di Bragg, modello a elementi "
                + "finiti calibrato e soglie di allerta concordate con i tecnici provinciali.", winner.getAmount(),
                start, end, List.of(
                        new Contract.MilestoneLine("Progetto esecutivo e piano di installazione", null,
                                start.plusMonths(2), new BigDecimal("30000")),
                        new Contract.MilestoneLine("Installazione su 10 ponti e prime misure",
                                "Sensori installati e dati trasmessi alla piattaforma provinciale.",
                                start.plusMonths(6), new BigDecimal("40000")),
                        new Contract.MilestoneLine("Collaudo, modello calibrato e dati aperti", null, end,
                                new BigDecimal("50000"))), signedAt.minus(Duration.ofDays(2)));
        contracts.persist(c);
        String body = directory.organisationName(challenge.getBuyerId());
        DocumentView issued = documents.issue(new ContractDocument.Renderer(), new ContractDocument(c.getCode(),
                view.title(locale), view.ocid(), 1, body, null, "Politecnico di Milano", null, List.of("Elena Ricci"),
                award.getDecisionProtocol(), c.getObjectText(), c.getValue(), start, end,
                c.getMilestones().stream().map(m -> new ContractDocument.Line(m.getNumber(), m.getTitle(),
                        m.getDescription(), m.getDueOn(), m.getAmount())).toList()),
                new Issue("contract", String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                        new Issue.IssuingBody(c.getBodyId(), body)));
        c.issued(issued.protocol(), signedAt.minus(Duration.ofDays(1)));
        sign(issued.protocol(), buyer, "Per l'ente committente");
        c.buyerSigned(buyer.getId(), buyer.getFullName(), signedAt.minus(Duration.ofHours(20)));
        sign(issued.protocol(), operator, "Legale rappresentante dell'operatore");
        c.operatorSigned(operator.getId(), operator.getFullName(), "RCCLNE80A41F205T", SignatureMode.PLATFORM,
                signedAt);

        // milestone 1: delivered, accepted under the body's seal, paid
        Instant delivered = now.minus(Duration.ofDays(10));
        Deliverable first = deliver(c, 1, 1, "Progetto esecutivo con l'elenco dei 40 ponti, le posizioni dei "
                + "sensori e il cronoprogramma delle installazioni.", "progetto-esecutivo.pdf", operator, delivered);
        acceptAndPay(c, 1, first, buyer, delivered.plus(Duration.ofDays(2)), "Mandato di pagamento 0412");

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
    private void complete(Challenge challenge, Contract c, Account buyer, Account operator, Instant now) {
        executionStarted.fire(new ExecutionStarted(challenge.getId()));
        if (c.milestone(2).getStatus() == MilestoneStatus.SUBMITTED) {
            acceptAndPay(c, 2, latest(c, 2), buyer, now.minus(Duration.ofDays(4)), "Mandato di pagamento 0457");
        }
        if (c.milestone(3).getStatus() == MilestoneStatus.PENDING) {
            deliver(c, 3, 1, "Collaudo superato su tutti i 40 ponti; modello a elementi finiti calibrato su sei "
                    + "settimane di misure; dati aperti pubblicati sul portale regionale con licenza CC BY 4.0 e "
                    + "codice sorgente della piattaforma con licenza EUPL-1.2.", "collaudo-e-dati-aperti.pdf",
                    operator, now.minus(Duration.ofDays(3)));
        }
        if (c.milestone(3).getStatus() == MilestoneStatus.SUBMITTED) {
            acceptAndPay(c, 3, latest(c, 3), buyer, now.minus(Duration.ofDays(2)), "Mandato di pagamento 0503");
        }
        Instant completedAt = now.minus(Duration.ofHours(20));
        Locale locale = Locale.ITALIAN;
        ChallengeView view = catalogue.get(challenge.getId());
        String body = directory.organisationName(c.getBodyId());
        List<Payment> payments = contracts.payments(c.getId());
        BigDecimal paid = payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        DocumentView certificate = documents.issue(new CompletionCertificate.Renderer(), new CompletionCertificate(
                c.getCode(), c.getProtocol(), view.title(locale), view.ocid(), c.getPhaseNumber(), body,
                directory.organisationName(c.getOperatorId()), c.getObjectText(), c.getValue(), c.getStartsOn(),
                c.getEndsOn(), c.getMilestones().stream().map(m -> new CompletionCertificate.Line(m.getNumber(),
                        m.getTitle(), m.getAmount(), m.getAcceptanceProtocol(), m.getDecidedAt())).toList(), paid,
                "Lavoro consegnato in anticipo su tutte le scadenze; il sistema è in esercizio sui 40 ponti "
                        + "e il codice è pubblicato per il riuso.", buyer.getFullName(), completedAt),
                new Issue("contract", String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                        new Issue.IssuingBody(c.getBodyId(), body)));
        c.complete(buyer.getId(), certificate.protocol(), completedAt);
        executionCompleted.fire(new ExecutionCompleted(challenge.getId()));
    }

    /** The milestone's latest delivery accepted under the body's seal, and its amount paid the next day. */
    private void acceptAndPay(Contract c, int number, Deliverable delivery, Account buyer, Instant accepted,
            String reference) {
        Locale locale = Locale.ITALIAN;
        String body = directory.organisationName(c.getBodyId());
        Milestone m = c.milestone(number);
        DocumentView acceptance = documents.issue(new MilestoneAcceptance.Renderer(), new MilestoneAcceptance(
                c.getCode(), c.getProtocol(), catalogue.get(c.getChallengeId()).title(locale), body,
                directory.organisationName(c.getOperatorId()), number, m.getTitle(), m.getDueOn(), m.getAmount(),
                delivery.getRound(), delivery.getSubmittedAt(), delivery.getFiles().stream()
                        .map(f -> f.getName() + " — SHA-256 " + f.getSha256()).toList(), buyer.getFullName(),
                accepted), new Issue("contract", String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED,
                locale, new Issue.IssuingBody(c.getBodyId(), body)));
        c.accept(number, buyer.getId(), acceptance.protocol(), accepted);
        contracts.persist(c.pay(number, m.getAmount(), accepted.atZone(ROME).toLocalDate().plusDays(1), reference,
                buyer.getId(), accepted.plus(Duration.ofDays(1)), contracts.payments(c.getId())));
    }

    private Deliverable latest(Contract c, int number) {
        List<Deliverable> rounds = contracts.deliverablesOf(c.milestone(number).getId());
        return rounds.stream().max(java.util.Comparator.comparingInt(Deliverable::getRound)).orElseThrow();
    }

    private Deliverable deliver(Contract c, int milestone, int round, String report, String file, Account by,
            Instant at) {
        Deliverable d = new Deliverable(c.milestone(milestone).getId(), round, report, by.getId(), at);
        byte[] pdf = DemoProposals.pdf(report, 2);
        d.attach(file, sha256(pdf), pdf);
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
