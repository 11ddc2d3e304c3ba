package it.sfide.identity;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An e-mailed invitation to join an organisation. Only the SHA-256 of its secret token is stored; it can be
 * accepted once, before it expires.
 */
@Entity
@Table(name = "invitation")
@NamedQueries({
    @NamedQuery(name = Invitation.COUNT_BY_EMAIL, query = "select count(i) from Invitation i where i.email = :email"),
    @NamedQuery(name = Invitation.BY_TOKEN_HASH, query = "select i from Invitation i where i.tokenHash = :hash"),
    @NamedQuery(name = Invitation.OPEN_OF_ORGANISATION, query = "select i from Invitation i"
            + " where i.organisation.id = :organisation and i.acceptedAt is null and i.expiresAt > :now"
            + " order by i.createdAt desc")
})
public class Invitation {

    public static final String COUNT_BY_EMAIL = "Invitation.countByEmail";
    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String OPEN_OF_ORGANISATION = "Invitation.openOfOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 60)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Organisation organisation, String email, String tokenHash, String invitedBy, Instant createdAt,
            Instant expiresAt) {
        this.organisation = Objects.requireNonNull(organisation);
        this.email = Objects.requireNonNull(email);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it is created");
        }
    }

    /** Checks that the invitation can still be used; it is then spent. */
    public void accept(Instant now) {
        if (acceptedAt != null) {
            throw new SfideException(ErrorKind.CONFLICT, "error.invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new SfideException(ErrorKind.CONFLICT, "error.invitation.expired");
        }
        acceptedAt = now;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public String getEmail() { return email; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
}
