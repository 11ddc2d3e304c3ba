package it.sfide.contract.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ExecutionStarted;
import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.SignatureMode;
import it.sfide.contract.control.ContractAccess;
import it.sfide.contract.control.ContractAccess.Party;
import it.sfide.contract.control.ContractDocument;
import it.sfide.contract.control.ContractMail;
import it.sfide.contract.control.ContractViews;
import it.sfide.contract.control.Contracts;
import it.sfide.contract.control.LegalRepresentatives;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.CountersignatureView;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.ExpectedSigner;
import it.sfide.document.boundary.ExternalSignatures;
import it.sfide.document.boundary.ExternalSignerView;
import it.sfide.document.boundary.DocumentSigning;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.boundary.AwardService;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Contracts: drafted from a phase's award (one per winner), edited by the buying body's officers while a draft,
 * issued as a PDF under the body's seal, signed by an officer of the body first and by a legal representative of
 * the operator second — on the platform with their password, or outside it with their own qualified signature
 * (see {@link #uploadSigned}). Only the two parties see a contract.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME})
public class ContractService {

    @Inject
    Contracts contracts;

    @Inject
    ContractAccess access;

    @Inject
    ContractViews views;

    @Inject
    LegalRepresentatives representatives;

    @Inject
    AwardService awards;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    DocumentIssuer documents;

    @Inject
    DocumentSigning signing;

    @Inject
    DocumentRegistry registry;

    @Inject
    ExternalSignatures external;

    @Inject
    Directory directory;

    @Inject
    ContractMail mail;

    @Inject
    Event<ExecutionStarted> executionStarted;

    @Inject
    Clock clock;

    /**
     * Drafts a contract for every winner of the phase's latest award that has none yet (an officer of the buying
     * body): the value is the amount awarded, the period starts today and lasts six months, the schedule is an
     * advance and a balance. Answers every contract of the phase.
     */
    @Audited(value = "contract.draft", target = "challenge")
    public List<ContractView> draft(long challengeId, int phase) {
        Actor me = directory.requirePublishingActor();
        ChallengeView challenge = challenges.get(challengeId);
        if (!me.isOfficerOf(challenge.buyerId())) {
            throw SfideException.forbidden();
        }
        AwardService.Awarded awarded = awards.awarded(challengeId, phase)
                .orElseThrow(() -> SfideException.conflict("contract.error.notAwarded"));
        Instant now = clock.instant();
        LocalDate today = views.today();
        Locale locale = me.locale();
        long n = contracts.countOfChallenge(challengeId);
        for (AwardService.AwardedProposal w : awarded.winners()) {
            if (contracts.ofProposal(w.proposalId(), phase).isPresent() || w.amount() == null
                    || w.amount().signum() <= 0) {
                continue;
            }
            n++;
            contracts.persist(new Contract(challengeId, phase, awarded.awardId(), w.proposalId(), challenge.buyerId(),
                    w.organisationId(), String.format("CT-%d-%d-%02d", challengeId, phase, n),
                    Texts.get(locale, "contract.defaultObject", challenge.title(locale), phase, w.applicant()),
                    w.amount(), today, today.plusMonths(6), Texts.get(locale, "contract.defaultFirst"),
                    Texts.get(locale, "contract.defaultLast"), me.accountId(), now));
        }
        return ofChallenge(challengeId).stream().filter(c -> c.phase() == phase).toList();
    }

    /** A contract, for its parties. */
    public ContractView get(long id) {
        return views.view(access.require(id));
    }

    /** The contracts of a challenge the caller is party to (an officer of the body sees them all). */
    public List<ContractView> ofChallenge(long challengeId) {
        Actor me = directory.requireActor();
        List<ContractView> list = new ArrayList<>();
        for (Contract c : contracts.ofChallenge(challengeId)) {
            if (me.organisationId() != null && c.isParty(me.organisationId())) {
                list.add(views.view(access.require(c.getId())));
            }
        }
        return list;
    }

    /**
     * A challenge's contracts once issued, as the public may know them (open data), whoever asks: no drafts, no
     * signers' names, deliverables or payment references ({@code ContractViews.published}).
     */
    @PermitAll
    public List<ContractView> published(long challengeId) {
        java.util.Optional<ChallengeView> challenge = challenges.published(challengeId);
        if (challenge.isEmpty()) {
            return List.of();
        }
        return contracts.ofChallenge(challengeId).stream().filter(c -> c.getStatus() != ContractStatus.DRAFT)
                .map(c -> views.published(c, challenge.get())).toList();
    }

    /** The contracts of the caller's organisation, latest first. */
    public List<ContractView> mine() {
        Actor me = directory.requireActor();
        if (me.organisationId() == null) {
            return List.of();
        }
        return contracts.ofOrganisation(me.organisationId()).stream().map(c -> views.view(access.require(c.getId())))
                .toList();
    }

    /** The officer edits the draft; each problem on its field, nothing changed when any. */
    @Audited(value = "contract.edit", target = "contract")
    public ContractView update(long id, ContractForm form) {
        Party p = access.requireOfficer(id);
        ContractForm f = form == null ? new ContractForm(null, null, null, null, List.of()) : form;
        p.contract().edit(f.object(), f.value(), f.startsOn(), f.endsOn(), f.milestones() == null ? List.of()
                : f.milestones().stream().filter(java.util.Objects::nonNull).map(m -> new Contract.MilestoneLine(
                        m.title(), m.description(), m.dueOn(), m.amount())).toList(), clock.instant());
        return views.view(p);
    }

    /**
     * Issues the draft for signature: the contract's PDF, sealed by the buying body and registered, which an officer
     * of the body signs first ({@link #signAsBuyer}). Both parties' members read it.
     */
    @Audited(value = "contract.issue", target = "contract")
    public ContractView issue(long id) {
        Party p = access.requireOfficer(id);
        Contract c = p.contract();
        if (c.getStatus() != ContractStatus.DRAFT) {
            throw SfideException.conflict("contract.error.wrongState", c.getStatus().name());
        }
        Locale locale = p.me().locale();
        ChallengeView challenge = challenges.get(c.getChallengeId());
        String body = directory.organisationName(c.getBodyId());
        String awardProtocol = awards.awarded(c.getChallengeId(), c.getPhaseNumber())
                .map(AwardService.Awarded::decisionProtocol).orElse(null);
        ContractDocument record = new ContractDocument(c.getCode(), challenge.title(locale), challenge.ocid(),
                c.getPhaseNumber(), body, directory.organisationTaxCode(c.getBodyId()),
                directory.organisationName(c.getOperatorId()), directory.organisationTaxCode(c.getOperatorId()),
                representatives.of(c.getOperatorId()).stream().map(LegalRepresentatives.Representative::fullName)
                        .toList(), awardProtocol, c.getObjectText(), c.getValue(), c.getStartsOn(), c.getEndsOn(),
                c.getMilestones().stream().map(m -> new ContractDocument.Line(m.getNumber(), m.getTitle(),
                        m.getDescription(), m.getDueOn(), m.getAmount())).toList());
        DocumentView issued = documents.issue(new ContractDocument.Renderer(), record, new Issue("contract",
                String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                new Issue.IssuingBody(c.getBodyId(), body)));
        c.issued(issued.protocol(), clock.instant());
        mail.toBody(c, "contractIssued", c.getCode(), challenge.title(locale));
        return views.view(p);
    }

    /** An officer of the buying body signs the issued contract with their password (first signature). */
    @Audited(value = "contract.signBuyer", target = "contract")
    public ContractView signAsBuyer(long id, String password) {
        Party p = access.requireOfficer(id);
        Contract c = p.contract();
        if (c.getStatus() != ContractStatus.ISSUED) {
            throw SfideException.conflict("contract.error.wrongState", c.getStatus().name());
        }
        sign(c.getProtocol(), p.me(), password, "contract.role.buyer");
        c.buyerSigned(p.me().accountId(), p.me().fullName(), clock.instant());
        mail.toOperator(c, "contractToSign", c.getCode(), challenges.get(c.getChallengeId()).title(p.me().locale()));
        return views.view(p);
    }

    /**
     * A legal representative of the operator (with an account of the operator) signs the contract on the platform
     * with their password, after the buyer: the contract is in force.
     */
    @Audited(value = "contract.signOperator", target = "contract")
    public ContractView signAsOperator(long id, String password) {
        Party p = access.requireOperator(id);
        Contract c = p.contract();
        if (!representatives.isRepresentative(c.getOperatorId(), p.me().accountId())) {
            throw new SfideException(it.sfide.shared.ErrorKind.FORBIDDEN, "contract.error.notRepresentative");
        }
        if (c.getStatus() != ContractStatus.BUYER_SIGNED) {
            throw SfideException.conflict(c.getStatus() == ContractStatus.ISSUED ? "contract.error.buyerFirst"
                    : "contract.error.wrongState", c.getStatus().name());
        }
        sign(c.getProtocol(), p.me(), password, "contract.role.operator");
        String taxCode = representatives.of(c.getOperatorId()).stream()
                .filter(r -> r.accountId() != null && r.accountId() == p.me().accountId())
                .map(LegalRepresentatives.Representative::taxCode).findFirst().orElse(null);
        c.operatorSigned(p.me().accountId(), p.me().fullName(), taxCode, SignatureMode.PLATFORM, clock.instant());
        signed(c);
        return views.view(p);
    }

    /**
     * A member of the operator uploads the contract signed outside the platform by a legal representative with
     * their own qualified signature, after the buyer: the PDF downloaded and signed (PAdES) or its {@code .p7m}
     * envelope (CAdES). The document area verifies it against the trust anchors — the document and the earlier
     * signatures unchanged, a new valid signature — and the signer must be one of the operator's legal
     * representatives, by tax code or by name. Then the contract is in force; any refusal changes nothing.
     */
    @Audited(value = "contract.signUpload", target = "contract")
    public ContractView uploadSigned(long id, String fileName, byte[] content) {
        Party p = access.requireOperator(id);
        Contract c = p.contract();
        if (c.getStatus() != ContractStatus.BUYER_SIGNED) {
            throw SfideException.conflict(c.getStatus() == ContractStatus.ISSUED ? "contract.error.buyerFirst"
                    : "contract.error.wrongState", c.getStatus().name());
        }
        String role = Texts.get(p.me().locale(), "contract.role.operator");
        List<ExpectedSigner> accepted = representatives.views(c.getOperatorId()).stream()
                .map(r -> new ExpectedSigner(r.fullName(), r.taxCode(), role)).toList();
        if (accepted.isEmpty()) {
            throw SfideException.conflict("contract.error.noRepresentatives");
        }
        CountersignatureView signed = external.countersign(c.getProtocol(), content, fileName, accepted);
        ExternalSignerView signer = signed.newSigners().stream().filter(x -> x.matchedAs() != null).findFirst()
                .orElseThrow(() -> SfideException.invalid("file", "contract.error.notRepresentative"));
        c.operatorSigned(null, signer.fullName(), signer.taxCode(),
                "CADES".equals(signed.format()) ? SignatureMode.CADES : SignatureMode.PADES, clock.instant());
        signed(c);
        return views.view(p);
    }

    /** A contract's document as it is signed so far. */
    public record SignedFile(byte[] content, String contentType, String name) {
    }

    /**
     * The contract's current document, for its parties: the PDF with the signatures so far, or — signed by the
     * operator as CAdES — the {@code .p7m} that envelops it.
     */
    public SignedFile document(long id) {
        Party p = access.require(id);
        Contract c = p.contract();
        if (c.getProtocol() == null) {
            throw SfideException.notFound("contract.error.notIssued");
        }
        if (c.getOperatorSignature() == SignatureMode.CADES) {
            return new SignedFile(registry.p7m(c.getProtocol()), "application/pkcs7-mime", c.getCode() + ".pdf.p7m");
        }
        return new SignedFile(registry.content(c.getProtocol()), "application/pdf", c.getCode() + ".pdf");
    }

    private void sign(String protocol, Actor me, String password, String roleKey) {
        if (password == null || password.isEmpty()) {
            throw SfideException.invalid("password", "error.signature.passwordRequired");
        }
        long request = documents.requestSignature(protocol, me.accountId(), Texts.get(me.locale(), roleKey));
        signing.sign(request, password);
    }

    /** Both parties signed: both sides are told. */
    private void signed(Contract c) {
        executionStarted.fire(new ExecutionStarted(c.getChallengeId()));
        ChallengeView challenge = challenges.get(c.getChallengeId());
        mail.toBoth(c, "contractSigned", locale -> new Object[] {c.getCode(), challenge.title(locale)});
    }
}
