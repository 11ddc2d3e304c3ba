package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.contract.Contract;
import it.sfide.contract.Deliverable;
import it.sfide.contract.SignatureMode;
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
import it.sfide.shared.Digests;
import jakarta.enterprise.context.Dependent;
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
 * The demo's contract in force: Regione Lombardia's awarded bridge-monitoring challenge, won by Politecnico di
 * Milano for 120,000 €, contracted after the appeal window and signed on the platform by Giulia Bianchi (buyer1)
 * and Elena Ricci (operator2, the university's legal representative). Its first milestone was delivered,
 * accepted with a sealed acceptance and paid; the second was rejected with reasons and delivered again, and waits
 * for the decision; the third is still to come. So buyer1 has a delivery to accept and operator2 a contract to
 * follow when they log in.
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

    /** Creates the contract unless the awarded challenge has one. */
    public void load(Map<String, Account> people, Instant now) {
        Challenge challenge = challengeDemo.challenges.findByOcid(DemoChallenges.PREFIX + "11").orElse(null);
        if (challenge == null || !contracts.ofChallenge(challenge.getId()).isEmpty()) {
            return;
        }
        Committee committee = evaluations.committeeOf(challenge.getId(), 1).orElseThrow();
        Award award = evaluations.awards(committee.getId()).stream().findFirst().orElseThrow();
        AwardWinner winner = award.getWinners().get(0);
        Candidate won = evaluations.candidate(winner.getCandidateId()).orElseThrow();
        Account buyer = people.get("buyer1");
        Account operator = people.get("operator2");
        ChallengeView view = catalogue.get(challenge.getId());
        Locale locale = Locale.ITALIAN;

        // signed once the appeal window closed; the operator delivered its first two milestones early
        Instant signedAt = min(award.getAppealUntil().plus(Duration.ofDays(2)), now.minus(Duration.ofDays(9)));
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
                view.title(locale), view.ocid(), 1, body, directory.organisationTaxCode(c.getBodyId()),
                "Politecnico di Milano", directory.organisationTaxCode(c.getOperatorId()), List.of("Elena Ricci"),
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
        Instant delivered = now.minus(Duration.ofDays(6));
        Deliverable first = deliver(c, 1, 1, "Progetto esecutivo con l'elenco dei 40 ponti, le posizioni dei "
                + "sensori e il cronoprogramma delle installazioni.", "progetto-esecutivo.pdf", operator, delivered);
        Instant accepted = delivered.plus(Duration.ofDays(2));
        DocumentView acceptance = documents.issue(new MilestoneAcceptance.Renderer(), new MilestoneAcceptance(
                c.getCode(), c.getProtocol(), view.title(locale), body, "Politecnico di Milano", 1,
                c.milestone(1).getTitle(), c.milestone(1).getDueOn(), c.milestone(1).getAmount(), 1, delivered,
                first.getFiles().stream().map(f -> f.getName() + " — SHA-256 " + f.getSha256()).toList(),
                buyer.getFullName(), accepted), new Issue("contract", String.valueOf(c.getId()), c.getBodyId(),
                Visibility.RESTRICTED, locale, new Issue.IssuingBody(c.getBodyId(), body)));
        c.accept(1, buyer.getId(), acceptance.protocol(), accepted);
        contracts.persist(c.pay(1, new BigDecimal("30000"), accepted.atZone(ROME).toLocalDate().plusDays(2),
                "Mandato di pagamento 0412", buyer.getId(), accepted.plus(Duration.ofDays(2)),
                contracts.payments(c.getId())));

        // milestone 2: rejected with reasons, delivered again, waiting for the decision
        Instant second = now.minus(Duration.ofDays(5));
        deliver(c, 2, 1, "Sensori installati su 10 ponti; dati trasmessi dal 1° del mese.", "installazione.pdf",
                operator, second);
        c.reject(2, buyer.getId(), "Mancano le schede di taratura dei sensori e le misure dei primi 15 giorni "
                + "per i ponti sul Ticino.", second.plus(Duration.ofDays(3)));
        deliver(c, 2, 2, "Aggiunte le schede di taratura e le misure dei primi 15 giorni di tutti i ponti.",
                "installazione-con-tarature.pdf", operator, second.plus(Duration.ofDays(6)));
    }

    private Deliverable deliver(Contract c, int milestone, int round, String report, String file, Account by,
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
