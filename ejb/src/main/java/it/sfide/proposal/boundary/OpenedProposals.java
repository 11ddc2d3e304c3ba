package it.sfide.proposal.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.identity.boundary.Directory;
import it.sfide.proposal.Opening;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalStatus;
import it.sfide.proposal.Submission;
import it.sfide.proposal.SubmittedFile;
import it.sfide.proposal.control.AnonymityScan;
import it.sfide.proposal.control.FormCodec;
import it.sfide.proposal.control.Openings;
import it.sfide.proposal.control.Proposals;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opened proposals as the evaluation engine reads them. Only the evaluation area's boundary calls this (held by
 * the architecture test), after deciding that the caller may: a committee member assigned the proposal, or its
 * chair. Nothing here is readable before the phase's confirmed opening, and every read is audited.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class OpenedProposals {

    @Inject
    Proposals proposals;

    @Inject
    Openings openings;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** Whether the phase's opening has been confirmed. */
    public boolean opened(long challengeId, int phase) {
        return openings.find(challengeId, phase).map(Opening::isConfirmed).orElse(false);
    }

    /** The phase's opened proposals, by submission time; none before the confirmed opening. */
    public List<Applicant> applicants(long challengeId, int phase) {
        Opening opening = openings.find(challengeId, phase).filter(Opening::isConfirmed).orElse(null);
        if (opening == null) {
            return List.of();
        }
        List<Proposal> list = proposals.ofPhase(challengeId, phase).stream()
                .filter(p -> p.getCurrentSubmissionId() != null && openings.confirmedFor(p).isPresent())
                .sorted(java.util.Comparator.comparing(Proposal::getSubmittedAt).thenComparing(Proposal::getId))
                .toList();
        if (list.isEmpty()) {
            return List.of();
        }
        Openings.UnwrappedKey key = openings.key(opening, clock.instant());
        Map<Long, Submission> current = proposals.submissions(list.stream().map(Proposal::getCurrentSubmissionId)
                .toList());
        Map<Long, FormCodec.Opened> forms = new LinkedHashMap<>();
        List<Long> organisations = new ArrayList<>();
        for (Proposal p : list) {
            FormCodec.Opened form = FormCodec.open(openings.form(current.get(p.getCurrentSubmissionId()), key));
            forms.put(p.getId(), form);
            organisations.add(p.getLeadOrganisationId());
            form.consortium().forEach(m -> organisations.add(m.organisationId()));
        }
        Map<Long, String> names = directory.organisationNames(organisations);
        return list.stream().map(p -> {
            FormCodec.Opened form = forms.get(p.getId());
            Submission s = current.get(p.getCurrentSubmissionId());
            return new Applicant(p.getId(), p.getLeadOrganisationId(), names.get(p.getLeadOrganisationId()),
                    form.consortium().stream().filter(m -> m.organisationId() != p.getLeadOrganisationId())
                            .map(m -> new Applicant.Party(m.organisationId(),
                                    names.getOrDefault(m.organisationId(), m.organisationName()))).toList(),
                    s.getReceiptProtocol(), s.getSubmittedAt(), p.getStatus(), form.sections().title(),
                    form.sections().summary());
        }).toList();
    }

    /**
     * The statuses of these proposals (admissible or not, and later), in one query. Open to anyone: the published
     * award (read by visitors) lists the admissible proposals through it; it reveals no content.
     */
    @PermitAll
    public Map<Long, ProposalStatus> statuses(java.util.Collection<Long> proposalIds) {
        return proposals.statuses(proposalIds);
    }

    /** Records the award's outcome on each evaluated proposal (true: awarded). */
    public void recordOutcomes(Map<Long, Boolean> awarded) {
        awarded.forEach((id, won) -> proposals.find(id).ifPresent(p -> p.outcome(won, clock.instant())));
    }

    /** An opened proposal's content for its evaluators. Audited. */
    @Audited(value = "proposal.evaluate", target = "proposal")
    public OpenedProposalView read(long proposalId) {
        Opened o = requireOpened(proposalId);
        FormCodec.Opened form = FormCodec.open(openings.form(o.submission(), o.key()));
        List<OpenedProposalView.OpenedFile> files = new ArrayList<>();
        for (int i = 0; i < form.files().size(); i++) {
            FormCodec.FileEntry f = form.files().get(i);
            files.add(new OpenedProposalView.OpenedFile(i + 1, f.name(), f.sizeBytes(), f.pages(), f.sha256()));
        }
        Proposal p = o.proposal();
        return new OpenedProposalView(p.getId(), p.getChallengeId(), p.getPhaseNumber(),
                directory.organisationName(p.getLeadOrganisationId()), p.getStatus(), p.getStatusReason(),
                o.submission().getReceiptProtocol(), o.submission().getSubmittedAt(), o.submission().getFormSha256(),
                form.sections(), form.consortium().stream()
                        .map(m -> new OpenedProposalView.Member(m.organisationName(), m.role(), m.budgetShare()))
                        .toList(), files);
    }

    /**
     * A file of an opened proposal for its evaluators, decrypted; for a blind evaluation without the PDF metadata
     * that usually names its author. Audited.
     */
    @Audited(value = "proposal.evaluateFile", target = "proposal")
    public OpeningService.FileContent file(long proposalId, int fileNo, boolean withoutMetadata) {
        Opened o = requireOpened(proposalId);
        byte[] content = content(o, fileNo);
        String name = FormCodec.open(openings.form(o.submission(), o.key())).files().get(fileNo - 1).name();
        return new OpeningService.FileContent(name, withoutMetadata ? AnonymityScan.withoutMetadata(content)
                : content);
    }

    /** Where a proposal names one of the given names: the sections' text, each file's pages and metadata. */
    public record Mention(String where, Integer fileNo, boolean metadata, Set<String> names) {
    }

    /** Looks for the names (the applicant's, its partners') in what evaluators of a blind challenge will read. */
    public List<Mention> mentions(long proposalId, List<String> names) {
        Opened o = requireOpened(proposalId);
        FormCodec.Opened form = FormCodec.open(openings.form(o.submission(), o.key()));
        List<Mention> found = new ArrayList<>();
        var c = form.sections();
        Set<String> inSections = AnonymityScan.named(String.join("\n", nonNull(c.title()), nonNull(c.summary()),
                nonNull(c.solution()), nonNull(c.team()), nonNull(c.ipTerms())), names);
        if (!inSections.isEmpty()) {
            found.add(new Mention("sections", null, false, inSections));
        }
        for (int i = 0; i < form.files().size(); i++) {
            String fileName = form.files().get(i).name();
            AnonymityScan.PdfText text = AnonymityScan.text(content(o, i + 1));
            Set<String> inName = AnonymityScan.named(fileName, names);
            Set<String> inPages = AnonymityScan.named(text.pages(), names);
            Set<String> inMeta = AnonymityScan.named(text.metadata(), names);
            if (!inName.isEmpty()) {
                found.add(new Mention("fileName", i + 1, false, inName));
            }
            if (!inPages.isEmpty()) {
                found.add(new Mention("fileText", i + 1, false, inPages));
            }
            if (!inMeta.isEmpty()) {
                found.add(new Mention("fileMetadata", i + 1, true, inMeta));
            }
        }
        return found;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private byte[] content(Opened o, int fileNo) {
        SubmittedFile f = o.submission().getFiles().stream().filter(x -> x.getFileNo() == fileNo).findFirst()
                .orElseThrow(() -> SfideException.notFound("proposal.error.attachmentNotFound"));
        try (InputStream in = openings.file(f, o.key())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Opened(Proposal proposal, Submission submission, Openings.UnwrappedKey key) {
    }

    private Opened requireOpened(long proposalId) {
        Proposal p = proposals.find(proposalId).orElse(null);
        Opening opening = p == null || p.getCurrentSubmissionId() == null ? null
                : openings.confirmedFor(p).orElse(null);
        if (opening == null) {
            throw SfideException.notFound("proposal.error.notFound");
        }
        return new Opened(p, proposals.submission(p.getCurrentSubmissionId()).orElseThrow(),
                openings.key(opening, clock.instant()));
    }
}
