package it.sfide.proposal.web;

import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.proposal.boundary.AttachmentService;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalView;
import it.sfide.proposal.boundary.SubmissionService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The proposal editor: sections saved as the operator works (each change), PDF attachments uploaded with
 * progress, and submission by the lead with one idempotency key per rendered page, so a double click submits once.
 */
@Named
@ViewScoped
public class ProposalEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "editor:title"),
            Map.entry("summary", "editor:summary"), Map.entry("solution", "editor:solution"),
            Map.entry("team", "editor:team"), Map.entry("budget", "editor:budget"),
            Map.entry("budgetLines", "editor:lines"), Map.entry("trlCurrent", "editor:trlCurrent"),
            Map.entry("trlTarget", "editor:trlTarget"), Map.entry("ipTerms", "editor:ipTerms"),
            Map.entry("file", "files:upload"), Map.entry("Idempotency-Key", "submit:submit"));

    @Inject
    DraftingService drafting;

    @Inject
    AttachmentService attachments;

    @Inject
    SubmissionService submissions;

    private ProposalView proposal;
    private ProposalForm form;
    private Instant savedAt;
    private final String idempotencyKey = UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        try {
            long id = Messages.requiredParameter("id", "proposal.error.notFound");
            proposal = drafting.get(id);
            form = ProposalForm.of(proposal.content());
        } catch (RuntimeException e) {
            if (!Messages.sendErrorPage(e)) {
                throw e;
            }
        }
    }

    /**
     * Saves the sections as they are (called on every change, quietly: the "saved at" line says it); problems
     * land on their fields.
     */
    public void autosave() {
        try {
            proposal = drafting.save(proposal.id(), form.toContent());
            savedAt = proposal.updatedAt();
        } catch (RuntimeException e) {
            if (!Messages.show(e, FIELDS)) {
                throw e;
            }
        }
    }

    /** The "save now" button: saves and says so. */
    public void save() {
        Actions.run(() -> {
            proposal = drafting.save(proposal.id(), form.toContent());
            savedAt = proposal.updatedAt();
        }, "proposal.saved", FIELDS, null);
    }

    public void addLine() {
        form.addLine();
    }

    public void removeLine(int index) {
        form.removeLine(index);
        autosave();
    }

    public void upload(FileUploadEvent event) {
        Actions.run(() -> attachments.attach(proposal.id(), event.getFile().getFileName(),
                event.getFile().getContent()), "proposal.attached", FIELDS, null);
        proposal = drafting.get(proposal.id());
    }

    public void remove(long attachmentId) {
        Actions.run(() -> attachments.remove(proposal.id(), attachmentId), "proposal.detached", FIELDS, null);
        proposal = drafting.get(proposal.id());
    }

    public void download(long attachmentId) {
        AttachmentService.FileContent file = attachments.download(proposal.id(), attachmentId);
        PageDownloads.send(file.content(), "application/pdf", file.name());
    }

    /** Saves, then seals and submits; on success the receipt page. */
    public String submit() {
        autosave();
        String[] receipt = new String[1];
        String outcome = Actions.run(() -> receipt[0] = String.valueOf(submissions.submit(proposal.id(),
                idempotencyKey).submissionId()), "proposal.submitted", FIELDS, "receipt");
        if (outcome == null) {
            proposal = drafting.get(proposal.id());
            return null;
        }
        return "/proposals/receipt?faces-redirect=true&id=" + receipt[0];
    }

    public String withdraw() {
        String[] receipt = new String[1];
        String outcome = Actions.run(() -> receipt[0] = String.valueOf(submissions.withdraw(proposal.id(),
                UUID.randomUUID().toString()).submissionId()), "proposal.withdrawn", FIELDS, "receipt");
        return outcome == null ? null : "/proposals/receipt?faces-redirect=true&id=" + receipt[0];
    }

    public ProposalView getProposal() { return proposal; }
    public ProposalForm getForm() { return form; }
    public Instant getSavedAt() { return savedAt; }
}
