package it.sfide.document.web;

import it.sfide.document.boundary.CertificateView;
import it.sfide.document.boundary.TrustAnchorService;
import it.sfide.document.boundary.TrustAnchorView;
import it.sfide.platform.web.Messages;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The platform admin's trust anchors: the platform's root CA (always trusted), the certification authorities added,
 * one more added from a PEM or DER file with a note, and one removed after a confirmation.
 */
@Named
@ViewScoped
public class TrustAnchorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustAnchorService anchors;

    private List<TrustAnchorView> list;
    private CertificateView platformRoot;
    private transient Part file;
    private String note;
    private TrustAnchorView removing;

    @PostConstruct
    void load() {
        list = anchors.list();
        platformRoot = anchors.platformRoot();
    }

    public void add() {
        if (file == null || file.getSize() == 0) {
            throw SfideException.invalid("file", "document.error.anchor.empty");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(TrustAnchorService.MAX_BYTES + 1);
        } catch (IOException e) {
            throw SfideException.invalid("file", "document.error.anchor.unreadable");
        }
        TrustAnchorView added = anchors.add(content, note);
        Messages.info("admin.trustAnchors.added", added.subject());
        note = null;
        load();
    }

    /** First step of a removal: the admin is asked to confirm. */
    public void askRemove(TrustAnchorView anchor) {
        removing = anchor;
    }

    public void remove() {
        anchors.remove(removing.id());
        Messages.info("admin.trustAnchors.removed", removing.subject());
        removing = null;
        load();
    }

    public void cancel() {
        removing = null;
    }

    public List<TrustAnchorView> getList() { return list; }
    public CertificateView getPlatformRoot() { return platformRoot; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public TrustAnchorView getRemoving() { return removing; }
    public long getMaxKilobytes() { return TrustAnchorService.MAX_BYTES / 1024; }
}
