package it.sfide.identity.web;

import it.sfide.document.boundary.CertificateView;
import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.TrustService;
import it.sfide.identity.boundary.InvitationView;
import it.sfide.identity.boundary.Me;
import it.sfide.identity.boundary.MemberView;
import it.sfide.identity.boundary.OrganisationService;
import it.sfide.identity.boundary.OrganisationView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** My organisation: its details and status, its members and, for its manager, the invitations. */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    SessionBacking current;

    @Inject
    DocumentRegistry registry;

    @Inject
    TrustService trust;

    private OrganisationView organisation;
    private List<MemberView> members = List.of();
    private List<InvitationView> invitations = List.of();
    private List<DocumentView> documents = List.of();
    private CertificateView seal;
    private boolean manager;
    private boolean own = true;
    private String email;

    /**
     * The organisation of {@code ?id=} (a platform admin may open any; anyone else gets the 403 page for an
     * organisation not theirs), or the caller's own.
     */
    @PostConstruct
    void init() {
        Me me = current.getMe();
        Long requested = Messages.longParameter("id");
        if (me == null || (requested == null && me.organisation() == null)) {
            return;
        }
        long id = requested != null ? requested : me.organisation().id();
        own = me.organisation() != null && me.organisation().id() == id;
        manager = own && me.organisationManager();
        organisation = organisations.get(id);
        members = organisations.members(organisation.id());
        documents = registry.visible("organisation", String.valueOf(organisation.id()), null, 20);
        seal = trust.bodySeal(organisation.id()).orElse(null);
        if (manager) {
            invitations = organisations.openInvitations(organisation.id());
        }
    }

    public String invite() {
        organisations.invite(organisation.id(), email);
        Messages.info("organisation.invited", email);
        return "/organisation/index?faces-redirect=true";
    }

    public OrganisationView getOrganisation() { return organisation; }
    public List<MemberView> getMembers() { return members; }
    public List<InvitationView> getInvitations() { return invitations; }
    public List<DocumentView> getDocuments() { return documents; }
    public CertificateView getSeal() { return seal; }
    public boolean isManager() { return manager; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    /** False when a platform admin looks at another organisation. */
    public boolean isOwn() {
        return own;
    }
}
