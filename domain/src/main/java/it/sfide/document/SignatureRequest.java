package it.sfide.document;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A person asked to sign an issued document with their personal signing certificate; signed at most once. */
@Entity
@Table(name = "signature_request")
@NamedQuery(name = SignatureRequest.PENDING_FOR, query = "select r from SignatureRequest r join fetch r.document"
        + " where r.accountId = :account and r.signedAt is null order by r.requestedAt, r.id")
@NamedQuery(name = SignatureRequest.OF_DOCUMENT, query = "select r from SignatureRequest r"
        + " where r.document = :document order by r.requestedAt")
public class SignatureRequest {

    public static final String PENDING_FOR = "SignatureRequest.pendingFor";
    public static final String OF_DOCUMENT = "SignatureRequest.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private IssuedDocument document;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "role_label", nullable = false, length = 200)
    private String roleLabel;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected SignatureRequest() {
    }

    public SignatureRequest(IssuedDocument document, long accountId, String roleLabel, Instant requestedAt) {
        this.document = Objects.requireNonNull(document);
        this.accountId = accountId;
        this.roleLabel = Objects.requireNonNull(roleLabel);
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    /** The request is fulfilled; signing twice is refused. */
    public void signed(Instant at) {
        if (signedAt != null) {
            throw SfideException.conflict("error.signature.alreadySigned");
        }
        signedAt = Objects.requireNonNull(at);
    }

    public boolean isFor(long account) {
        return accountId == account;
    }

    public Long getId() { return id; }
    public IssuedDocument getDocument() { return document; }
    public long getAccountId() { return accountId; }
    public String getRoleLabel() { return roleLabel; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getSignedAt() { return signedAt; }
}
