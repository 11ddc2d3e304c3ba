package it.sfide.proposal.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.proposal.boundary.ReceiptView;
import it.sfide.proposal.boundary.SubmissionService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The receipt of a submission or withdrawal, shown at once after the act and at any time later. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionService submissions;

    @Inject
    DocumentRegistry documents;

    private ReceiptView receipt;

    @PostConstruct
    void init() {
        receipt = submissions.receipt(Messages.requiredParameter("id", "proposal.error.notFound"));
    }

    /** The signed receipt PDF. */
    public void download() {
        PageDownloads.send(documents.content(receipt.receiptProtocol()), "application/pdf",
                receipt.receiptProtocol() + ".pdf");
    }

    public ReceiptView getReceipt() { return receipt; }
}
