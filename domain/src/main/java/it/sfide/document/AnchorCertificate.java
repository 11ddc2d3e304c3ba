package it.sfide.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A certification authority the platform admin added to the trust anchors (besides the platform's own root CA):
 * its certificate as DER, with what people are shown of it (subject, issuer, serial, validity, SHA-256
 * fingerprint, unique), who added it, when and why. Removed by deleting it; both acts are in the audit chain.
 */
@Entity
@Table(name = "trust_anchor")
@NamedQuery(name = AnchorCertificate.ALL, query = "select a from AnchorCertificate a order by a.addedAt, a.id")
@NamedQuery(name = AnchorCertificate.BY_SHA256, query = "select a from AnchorCertificate a where a.sha256 = :sha256")
public class AnchorCertificate {

    public static final String ALL = "AnchorCertificate.all";
    public static final String BY_SHA256 = "AnchorCertificate.bySha256";
    /** The longest note kept with an anchor. */
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "issuer", nullable = false, length = 1000)
    private String issuer;

    @Column(name = "serial", nullable = false, length = 100)
    private String serial;

    @Column(name = "sha256", nullable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(name = "der", nullable = false)
    private byte[] der;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected AnchorCertificate() {
    }

    public AnchorCertificate(String subject, String issuer, String serial, String sha256, Instant notBefore,
            Instant notAfter, byte[] der, String addedBy, Instant addedAt, String note) {
        this.subject = cut(Objects.requireNonNull(subject), 1000);
        this.issuer = cut(Objects.requireNonNull(issuer), 1000);
        this.serial = cut(Objects.requireNonNull(serial), 100);
        this.sha256 = Objects.requireNonNull(sha256);
        this.notBefore = Objects.requireNonNull(notBefore);
        this.notAfter = Objects.requireNonNull(notAfter);
        this.der = Objects.requireNonNull(der).clone();
        this.addedBy = cut(Objects.requireNonNull(addedBy), 100);
        this.addedAt = Objects.requireNonNull(addedAt);
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note longer than " + NOTE_MAX);
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getIssuer() { return issuer; }
    public String getSerial() { return serial; }
    public String getSha256() { return sha256; }
    public Instant getNotBefore() { return notBefore; }
    public Instant getNotAfter() { return notAfter; }
    public byte[] getDer() { return der.clone(); }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public String getNote() { return note; }
}
