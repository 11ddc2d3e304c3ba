package it.sfide.proposal.control;

import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.document.boundary.DocumentView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.i18n.Texts;
import it.sfide.proposal.Attachment;
import it.sfide.proposal.Partner;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.Submission;
import it.sfide.proposal.boundary.AttachmentView;
import it.sfide.proposal.boundary.PartnerView;
import it.sfide.proposal.boundary.ProposalView;
import it.sfide.proposal.boundary.ReceiptView;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what operators see of their proposal, decrypting the draft's sections, file names and partners' terms
 * (each value bound to its place, see {@link DraftVault}); and says what a submission still lacks.
 */
@Dependent
public class ProposalViews {

    @Inject
    Proposals proposals;

    @Inject
    DraftVault vault;

    @Inject
    Directory directory;

    public ProposalContent content(Proposal p) {
        byte[] cipher = p.getFormCipher();
        return cipher == null ? ProposalContent.empty() : FormCodec.decode(vault.decrypt(cipher, formPlace(p)));
    }

    public String fileName(Attachment a) {
        return vault.decryptText(a.getNameCipher(), namePlace(a.getProposalId(), a.getBlobId()));
    }

    private List<AttachmentView> attachments(List<Attachment> attachments) {
        return attachments.stream().map(a -> new AttachmentView(a.getId(), fileName(a), a.getSizeBytes(),
                a.getPages(), a.getSha256(), a.getUploadedAt())).toList();
    }

    public List<PartnerView> partners(Proposal p) {
        return partners(proposals.partners(p.getId()));
    }

    private List<PartnerView> partners(List<Partner> partners) {
        Map<Long, String> names = directory.organisationNames(partners.stream().map(Partner::getOrganisationId)
                .toList());
        return partners.stream().map(x -> {
            FormCodec.PartnerTerms t = terms(x, names.get(x.getOrganisationId()));
            return new PartnerView(x.getOrganisationId(), t.organisationName(), t.role(), t.budgetShare(),
                    x.getStatus(), x.getInvitedAt(), x.getAnsweredAt());
        }).toList();
    }

    public FormCodec.PartnerTerms terms(Partner x, String organisationName) {
        return FormCodec.terms(x.getOrganisationId(), organisationName,
                vault.decrypt(x.getTermsCipher(), termsPlace(x.getProposalId(), x.getOrganisationId())));
    }

    public List<ReceiptView> history(Proposal p) {
        return proposals.submissions(p.getId()).stream().map(s -> receipt(s, p)).toList();
    }

    public static ReceiptView receipt(Submission s, Proposal p) {
        return new ReceiptView(s.getId(), s.getProposalId(), s.getSeq(), s.getKind(), s.getSubmittedAt(),
                s.getFormSha256(), s.getFiles().stream().map(f -> new ReceiptView.FileHash(f.getFileNo(),
                        f.getSizeBytes(), f.getSha256())).toList(), s.getDigest(), s.getReceiptProtocol(),
                s.getReceiptProtocol() == null ? null : DocumentView.downloadPath(s.getReceiptProtocol()),
                p.getCurrentSubmissionId() != null && p.getCurrentSubmissionId().equals(s.getId()));
    }

    /** What a submission still needs: complete sections, the files the challenge asks for, confirmed partners. */
    public List<SfideException> missing(Proposal p, ProposalContent content, ChallengeView challenge) {
        return missing(content, challenge, proposals.attachments(p.getId()), proposals.partners(p.getId()));
    }

    private static List<SfideException> missing(ProposalContent content, ChallengeView challenge,
            List<Attachment> attachments, List<Partner> partners) {
        List<SfideException> missing = new ArrayList<>(content.missing());
        if (!challenge.requiredDocuments().isEmpty() && attachments.isEmpty()) {
            missing.add(SfideException.invalid("attachments", "proposal.missing.attachments",
                    String.join(", ", challenge.requiredDocuments())));
        }
        if (partners.stream().anyMatch(x -> !x.isConfirmed())) {
            missing.add(SfideException.invalid("partners", "proposal.missing.partnersConfirmed"));
        }
        return missing;
    }

    public ProposalView view(Proposal p, Actor me, ChallengeView challenge, Instant now) {
        ProposalContent content = content(p);
        ChallengeView.PhaseView phase = challenge.phase(p.getPhaseNumber()).orElseThrow();
        List<Attachment> attachments = proposals.attachments(p.getId());
        List<Partner> partners = proposals.partners(p.getId());
        List<ProposalView.Problem> problems = missing(content, challenge, attachments, partners).stream()
                .map(e -> new ProposalView.Problem(e.field(), e.messageKey(),
                        Texts.get(me.locale(), e.messageKey(), e.arguments())))
                .toList();
        // one item per thing to do: two budget lines without an amount are one line of the list
        java.util.Set<String> seen = new java.util.HashSet<>();
        problems = problems.stream().filter(pr -> seen.add(pr.message())).toList();
        return new ProposalView(p.getId(), p.getChallengeId(), challenge.titleIt(), challenge.titleEn(),
                p.getPhaseNumber(), phase.closesAt(), p.getLeadOrganisationId(),
                directory.organisationName(p.getLeadOrganisationId()), p.belongsTo(me.organisationId()),
                p.getStatus(), p.getStatusReason(), content, attachments(attachments), partners(partners), history(p),
                p.isEditable() && challenge.acceptsProposals(phase, now), problems, p.getUpdatedAt(),
                p.getSubmittedAt());
    }

    /** Ids of organisations taking part (lead and partners, whatever their answer). */
    public Set<Long> organisations(Proposal p) {
        Set<Long> ids = new HashSet<>();
        ids.add(p.getLeadOrganisationId());
        proposals.partners(p.getId()).forEach(x -> ids.add(x.getOrganisationId()));
        return ids;
    }

    public static String formPlace(Proposal p) {
        return "proposal-form|proposal:" + p.getId();
    }

    public static String namePlace(long proposalId, long blobId) {
        return "attachment-name|proposal:" + proposalId + "|blob:" + blobId;
    }

    public static String keyPlace(long proposalId, long blobId) {
        return "attachment-key|proposal:" + proposalId + "|blob:" + blobId;
    }

    public static String termsPlace(long proposalId, long organisationId) {
        return "partner-terms|proposal:" + proposalId + "|organisation:" + organisationId;
    }
}
