package it.sfide.identity.web;

import it.sfide.identity.OrganisationStatus;
import it.sfide.identity.boundary.OrganisationView;
import it.sfide.identity.boundary.VerificationService;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The platform admin's verification of registered organisations: filter by status, verify or reject. */
@Named
@ViewScoped
public class AdminOrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationService verification;

    /** The status shown; null shows every organisation. */
    private OrganisationStatus status = OrganisationStatus.PENDING;
    private List<OrganisationView> organisations;
    private OrganisationView rejecting;
    private String reason;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        organisations = verification.list(status);
        rejecting = null;
        reason = null;
    }

    public void verify(long id) {
        Messages.info("admin.organisations.verified", verification.verify(id).name());
        load();
    }

    /** First step of a rejection: the reason is asked for. */
    public void askReject(OrganisationView organisation) {
        rejecting = organisation;
        reason = null;
    }

    public void reject() {
        Messages.info("admin.organisations.rejected", verification.reject(rejecting.id(), reason).name());
        load();
    }

    public void cancelReject() {
        rejecting = null;
        reason = null;
    }

    public OrganisationStatus[] getStatuses() { return OrganisationStatus.values(); }
    public OrganisationStatus getStatus() { return status; }
    public void setStatus(OrganisationStatus status) { this.status = status; }
    public List<OrganisationView> getOrganisations() { return organisations; }
    public OrganisationView getRejecting() { return rejecting; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
