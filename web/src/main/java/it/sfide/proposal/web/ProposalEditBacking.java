package it.sfide.proposal.web;

import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.platform.web.PageFailure;
import it.sfide.proposal.boundary.AttachmentService;
import it.sfide.proposal.boundary.DraftingService;
import it.sfide.proposal.boundary.ProposalView;
import it.sfide.proposal.boundary.SubmissionService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The proposal editor: sections saved as the operator works (each change), PDF attachments uploaded with
 * progress, and submission by the lead with one idempotency key per rendered page, so a double click submits once.
 */
@Named
@ViewScoped
public class ProposalEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
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
        proposal = drafting.get(Messages.requiredParameter("id", "proposal.error.notFound"));
        form = ProposalForm.of(proposal.content());
    }

    /**
     * Saves the sections as they are (called on every change, quietly: the "saved at" line says it); problems
     * land on their fields.
     */
    public void autosave() {
        proposal = drafting.save(proposal.id(), form.toContent());
        savedAt = proposal.updatedAt();
    }

    /** The "save now" button: saves and says so. */
    public void save() {
        Actions.run(this::autosave, "proposal.saved", null);
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
                event.getFile().getContent()), "proposal.attached", null);
        proposal = drafting.get(proposal.id());
    }

    public void remove(long attachmentId) {
        Actions.run(() -> attachments.remove(proposal.id(), attachmentId), "proposal.detached", null);
        proposal = drafting.get(proposal.id());
    }

    public void download(long attachmentId) {
        AttachmentService.FileContent file = attachments.download(proposal.id(), attachmentId);
        PageDownloads.send(file.content(), "application/pdf", file.name());
    }

    /** Saves, then seals and submits; on success the receipt page. */
    public String submit() {
        autosave();
        long receipt = submissions.submit(proposal.id(), idempotencyKey).submissionId();
        Messages.info("proposal.submitted");
        return "/proposals/receipt?faces-redirect=true&id=" + receipt;
    }

    public String withdraw() {
        long receipt = submissions.withdraw(proposal.id(), UUID.randomUUID().toString()).submissionId();
        Messages.info("proposal.withdrawn");
        return "/proposals/receipt?faces-redirect=true&id=" + receipt;
    }

    /** After a refusal (a submission after the deadline...) the page shows the proposal as it is now. */
    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) PageFailure failure) {
        if (proposal != null) {
            proposal = drafting.get(proposal.id());
        }
    }

    public ProposalView getProposal() { return proposal; }
    public ProposalForm getForm() { return form; }
    public Instant getSavedAt() { return savedAt; }
}
