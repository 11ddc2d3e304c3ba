package it.sfide.document.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.SignatureVerification;
import it.sfide.document.boundary.VerificationView;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * The public verification page: a document's registration by its protocol number (the QR code's link), and the
 * check of an uploaded file: each signature, and whether it is, byte for byte, a document the portal issued.
 */
@Named
@RequestScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    @Inject
    DocumentRegistry registry;

    @Inject
    SignatureVerification verification;

    private String protocol;
    private DocumentView registration;
    private transient Part file;
    private VerificationView result;

    /** View action: shows the registration of {@code ?p=} when there is one the visitor may see. */
    public void load() {
        if (protocol == null || protocol.isBlank()) {
            return;
        }
        registration = registry.describe(protocol);
    }

    public void check() {
        result = null;
        if (file == null || file.getSize() == 0) {
            throw SfideException.invalid("file", "verify.error.empty");
        }
        if (file.getSize() > SignatureVerification.MAX_BYTES) {
            throw SfideException.invalid("file", "verify.error.tooLarge", getMaxMegabytes());
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw SfideException.invalid("file", "verify.error.unreadable");
        }
        result = verification.verify(content);
    }

    public String getProtocol() { return protocol; }
    public void setProtocol(String protocol) { this.protocol = protocol; }
    public DocumentView getRegistration() { return registration; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public VerificationView getResult() { return result; }
    public long getMaxMegabytes() { return SignatureVerification.MAX_BYTES / (1024 * 1024); }
}
