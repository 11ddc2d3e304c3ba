package it.sfide.document.web;

import it.sfide.document.boundary.DocumentSigning;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.SignatureRequestView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Documents to sign: the caller reads each one, then signs it by re-entering their password. */
@Named
@ViewScoped
public class SignaturesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentSigning signing;

    private List<SignatureRequestView> pending;
    private Long chosen;
    private String password;

    @PostConstruct
    void init() {
        pending = signing.pending();
    }

    public void choose(long requestId) {
        chosen = requestId;
        password = null;
    }

    public void cancel() {
        chosen = null;
        password = null;
    }

    public String sign() {
        try {
            DocumentView signed = signing.sign(chosen, password);
            Messages.info("signatures.done", signed.protocol());
        } finally {
            password = null;
        }
        return "/account/signatures?faces-redirect=true";
    }

    public boolean isSigning(long requestId) {
        return chosen != null && chosen == requestId;
    }

    public SignatureRequestView getChosenRequest() {
        return pending.stream().filter(r -> isSigning(r.id())).findFirst().orElse(null);
    }

    public List<SignatureRequestView> getPending() { return pending; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
