package it.sfide.identity.web;

import it.sfide.identity.boundary.Enrolment;
import it.sfide.identity.boundary.SecondFactorService;
import it.sfide.identity.boundary.SecondFactorView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The second factor (TOTP): set up with the QR code and a first code, after which the recovery codes are shown
 * once; turned off with a code. Platform admins without one are kept on this page until they set it up.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactorService secondFactor;

    private SecondFactorView status;
    private Enrolment enrolment;
    private String code;

    @PostConstruct
    void init() {
        status = secondFactor.status();
    }

    public void begin() {
        enrolment = secondFactor.begin();
    }

    public void confirm() {
        try {
            status = secondFactor.confirm(code);
        } finally {
            code = null;
        }
        enrolment = null;
        Messages.info("secondFactor.enabled");
    }

    public String disable() {
        try {
            secondFactor.disable(code);
        } finally {
            code = null;
        }
        Messages.info("secondFactor.disabled");
        return "/account/second-factor?faces-redirect=true";
    }

    public SecondFactorView getStatus() { return status; }
    public Enrolment getEnrolment() { return enrolment; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
