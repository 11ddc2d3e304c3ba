package it.sfide.document.web;

import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;

/**
 * The public verification page: a document's registration by its protocol number (the QR code's link), and
 * whether an uploaded file is, byte for byte, a document the portal issued.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Uploads larger than this are refused (also enforced by the servlet's multipart limit). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    DocumentRegistry registry;

    private String protocol;
    private DocumentView registration;
    private transient Part file;
    private DocumentView match;
    private String uploadedSha256;
    private boolean checked;

    /** View action: shows the registration of {@code ?p=} when there is one the visitor may see. */
    public void load() {
        if (protocol == null || protocol.isBlank()) {
            return;
        }
        try {
            registration = registry.describe(protocol);
        } catch (RuntimeException e) {
            if (!Messages.show(e, Map.of())) {
                throw e;
            }
        }
    }

    public void check() {
        checked = false;
        match = null;
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload:file", "verify.error.empty");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.fieldError("upload:file", "verify.error.tooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("%PDF-")) {
                Messages.fieldError("upload:file", "verify.error.notPdf");
                return;
            }
            uploadedSha256 = DocumentIssuer.sha256(bytes);
            match = registry.findBySha256(uploadedSha256).orElse(null);
            checked = true;
        } catch (IOException e) {
            Messages.fieldError("upload:file", "verify.error.unreadable");
        }
    }

    public String getProtocol() { return protocol; }
    public void setProtocol(String protocol) { this.protocol = protocol; }
    public DocumentView getRegistration() { return registration; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public DocumentView getMatch() { return match; }
    public String getUploadedSha256() { return uploadedSha256; }
    public boolean isChecked() { return checked; }
    public long getMaxMegabytes() { return MAX_BYTES / (1024 * 1024); }
}
