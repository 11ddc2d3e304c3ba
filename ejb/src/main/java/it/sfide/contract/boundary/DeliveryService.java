package it.sfide.contract.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.contract.Contract;
import it.sfide.contract.Deliverable;
import it.sfide.contract.DeliverableFile;
import it.sfide.contract.Milestone;
import it.sfide.contract.control.ContractAccess;
import it.sfide.contract.control.ContractMail;
import it.sfide.contract.control.ContractAccess.Party;
import it.sfide.contract.control.ContractViews;
import it.sfide.contract.control.Contracts;
import it.sfide.contract.control.MilestoneAcceptance;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.FileContents;
import it.sfide.document.boundary.Issue;
import it.sfide.document.boundary.PdfInspector;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Digests;
import it.sfide.shared.FileTypes;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Milestones at work: the operator's members submit a milestone's deliverables (a short report and files, checked
 * by their content); an officer of the buying body accepts them — a milestone acceptance is issued under the body's
 * seal and the milestone becomes payable — or rejects them with the reasons, and the operator submits again.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME})
public class DeliveryService {

    /** The largest file of a deliverable, 20 MB. */
    public static final int FILE_MAX = 20 * 1024 * 1024;

    @Inject
    Contracts contracts;

    @Inject
    ContractAccess access;

    @Inject
    ContractViews views;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    ContractMail mail;

    @Inject
    Clock clock;

    /** A file as uploaded. */
    public record Upload(String name, byte[] content) {
    }

    /** A file of a deliverable, to download. */
    public record FileContent(String name, String contentType, byte[] content) {
    }

    /**
     * The operator submits a milestone's deliverables: a report (at most {@value Deliverable#REPORT_MAX}
     * characters) and 1 to {@value Deliverable#FILES_MAX} files of the accepted types, each at most 20 MB and
     * really of its type. Nothing is kept when anything is refused.
     */
    @Audited(value = "contract.deliver", target = "contract")
    public ContractView submit(long id, int milestone, String report, List<Upload> files) {
        Party p = access.requireOperator(id);
        Contract c = p.contract();
        Milestone m = c.milestone(milestone);
        String text = report == null ? "" : report.strip();
        if (text.isEmpty()) {
            throw SfideException.invalid("report", "contract.error.reportRequired");
        }
        if (text.length() > Deliverable.REPORT_MAX) {
            throw SfideException.invalid("report", "contract.error.tooLong", Deliverable.REPORT_MAX);
        }
        List<Upload> given = files == null ? List.of() : files.stream().filter(f -> f != null && f.content() != null
                && f.content().length > 0).toList();
        if (given.isEmpty() || given.size() > Deliverable.FILES_MAX) {
            throw SfideException.invalid("files", "contract.error.fileCount", Deliverable.FILES_MAX);
        }
        Instant now = clock.instant();
        Deliverable d = new Deliverable(m.getId(), contracts.deliverablesOf(m.getId()).size() + 1, text,
                p.me().accountId(), now);
        for (Upload f : given) {
            String shown = original(f.name());
            String type = FileTypes.of(f.name()).orElseThrow(() -> SfideException.invalid("files",
                    "contract.error.fileType", shown));
            String name = shown;
            if (f.content().length > FILE_MAX) {
                throw SfideException.invalid("files", "contract.error.fileSize", shown, FILE_MAX / (1024 * 1024));
            }
            if (type.equals("application/pdf")) {
                PdfInspector.inspect(f.content(), null);
                name = PdfInspector.safeName(f.name());
            } else {
                FileContents.requireContent(type, f.content());
            }
            d.attach(name, Digests.sha256Hex(f.content()), f.content());
        }
        c.submit(milestone, now);
        contracts.persist(d);
        mail.toBody(c, "deliverableSubmitted", c.getCode(), m.getNumber(), m.getTitle());
        return views.view(p);
    }

    /** An officer accepts the submitted milestone: the acceptance is issued under the body's seal. */
    @Audited(value = "contract.accept", target = "contract")
    public ContractView accept(long id, int milestone) {
        Party p = access.requireOfficer(id);
        Contract c = p.contract();
        Milestone m = c.milestone(milestone);
        List<Deliverable> rounds = contracts.deliverablesOf(m.getId());
        if (rounds.isEmpty() || m.getStatus() != it.sfide.contract.MilestoneStatus.SUBMITTED) {
            throw SfideException.conflict("contract.error.notSubmitted");
        }
        Deliverable last = rounds.get(rounds.size() - 1);
        Instant now = clock.instant();
        Locale locale = p.me().locale();
        String body = directory.organisationName(c.getBodyId());
        MilestoneAcceptance record = new MilestoneAcceptance(c.getCode(), c.getProtocol(),
                challenges.get(c.getChallengeId()).title(locale), body, directory.organisationName(c.getOperatorId()),
                m.getNumber(), m.getTitle(), m.getDueOn(), m.getAmount(), last.getRound(), last.getSubmittedAt(),
                last.getFiles().stream().map(f -> f.getName() + " — SHA-256 " + f.getSha256()).toList(),
                p.me().fullName(), now);
        DocumentView issued = documents.issue(new MilestoneAcceptance.Renderer(), record, new Issue("contract",
                String.valueOf(c.getId()), c.getBodyId(), Visibility.RESTRICTED, locale,
                new Issue.IssuingBody(c.getBodyId(), body)));
        c.accept(milestone, p.me().accountId(), issued.protocol(), now);
        mail.toOperator(c, "milestoneAccepted", c.getCode(), m.getNumber(), m.getTitle());
        return views.view(p);
    }

    /** An officer rejects the submitted milestone with the reasons; the operator submits again. */
    @Audited(value = "contract.reject", target = "contract")
    public ContractView reject(long id, int milestone, String reason) {
        Party p = access.requireOfficer(id);
        Contract c = p.contract();
        Milestone m = c.reject(milestone, p.me().accountId(), reason, clock.instant());
        mail.toOperator(c, "milestoneRejected", c.getCode(), m.getNumber(), m.getTitle());
        return views.view(p);
    }

    /** A file of one of the contract's deliverables, for its parties. */
    public FileContent file(long id, long fileId) {
        Party p = access.require(id);
        DeliverableFile f = contracts.file(fileId).orElseThrow(() -> SfideException.notFound("contract.error.noFile"));
        long milestoneId = f.getDeliverable().getMilestoneId();
        if (p.contract().getMilestones().stream().noneMatch(m -> m.getId() == milestoneId)) {
            throw SfideException.notFound("contract.error.noFile");
        }
        return new FileContent(f.getName(), FileTypes.of(f.getName()).orElse("application/octet-stream"),
                f.getContent());
    }

    /** A non-PDF file's name: its last segment without control characters, at most 200 characters. */
    private static String original(String given) {
        String name = given == null ? "file" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}:*?\"<>|]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name.isEmpty() ? "file" : name;
    }
}
