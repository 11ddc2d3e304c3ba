package it.sfide.proposal;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One act of the lead on a proposal, committed before its receipt is issued: a submission (the sections sealed as
 * CMS EnvelopedData to the phase's opening key, the files sealed alike, the SHA-256 of each) or a withdrawal.
 * Numbered per proposal; a later submission or a withdrawal supersedes the earlier one, which stays as history.
 * {@code digest} is the SHA-256 of the act's manifest (what the receipt lists); its receipt protocol and RFC 3161
 * time-stamp are added after the commit.
 */
@Entity
@Table(name = "proposal_submission")
@NamedQuery(name = Submission.OF_PROPOSAL, query = "SELECT s FROM Submission s WHERE s.proposalId = :proposal"
        + " ORDER BY s.seq DESC")
@NamedQuery(name = Submission.BY_KEY, query = "SELECT s FROM Submission s WHERE s.proposalId = :proposal"
        + " AND s.idempotencyKey = :key")
@NamedQuery(name = Submission.WITHOUT_RECEIPT, query = "SELECT s.id FROM Submission s"
        + " WHERE s.receiptProtocol IS NULL ORDER BY s.id")
@NamedQuery(name = Submission.LAST_SEQ, query = "SELECT s.seq FROM Submission s WHERE s.proposalId = :proposal"
        + " ORDER BY s.seq DESC")
public class Submission {

    public static final String OF_PROPOSAL = "Submission.ofProposal";
    public static final String BY_KEY = "Submission.byKey";
    public static final String WITHOUT_RECEIPT = "Submission.withoutReceipt";
    public static final String LAST_SEQ = "Submission.lastSeq";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private SubmissionKind kind;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private long submittedBy;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(name = "form_sha256", length = 64)
    private String formSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_cms")
    private byte[] formCms;

    @Column(name = "digest", nullable = false, length = 64)
    private String digest;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Lob
    @Column(name = "time_stamp")
    private byte[] timeStamp;

    @Column(name = "receipt_protocol", length = 40)
    private String receiptProtocol;

    @ElementCollection
    @CollectionTable(name = "proposal_submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderBy("fileNo")
    private List<SubmittedFile> files = new ArrayList<>();

    protected Submission() {
    }

    /** A sealed submission: the sealed sections and files with their hashes and the manifest's digest. */
    public static Submission sealed(long proposalId, int seq, Instant at, long by, String idempotencyKey,
            String formSha256, byte[] formCms, List<SubmittedFile> files, String digest) {
        Submission s = new Submission(proposalId, seq, SubmissionKind.SUBMISSION, at, by, idempotencyKey, digest);
        s.formSha256 = Objects.requireNonNull(formSha256);
        s.formCms = formCms.clone();
        s.files.addAll(files);
        return s;
    }

    /** A withdrawal of the current submission. */
    public static Submission withdrawal(long proposalId, int seq, Instant at, long by, String idempotencyKey,
            String digest) {
        return new Submission(proposalId, seq, SubmissionKind.WITHDRAWAL, at, by, idempotencyKey, digest);
    }

    private Submission(long proposalId, int seq, SubmissionKind kind, Instant at, long by, String idempotencyKey,
            String digest) {
        this.proposalId = proposalId;
        this.seq = seq;
        this.kind = kind;
        this.submittedAt = Objects.requireNonNull(at);
        this.submittedBy = by;
        this.idempotencyKey = idempotencyKey;
        this.digest = Objects.requireNonNull(digest);
    }

    /** A later act replaced this one. */
    public void supersede(Instant at) {
        if (supersededAt == null) {
            supersededAt = at;
        }
    }

    /** The receipt was issued (once; a second issue keeps the first). */
    public boolean receipted(String protocol, byte[] token) {
        if (receiptProtocol != null) {
            return false;
        }
        receiptProtocol = Objects.requireNonNull(protocol);
        timeStamp = token == null ? null : token.clone();
        return true;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public int getSeq() { return seq; }
    public SubmissionKind getKind() { return kind; }
    public Instant getSubmittedAt() { return submittedAt; }
    public long getSubmittedBy() { return submittedBy; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getFormSha256() { return formSha256; }
    public byte[] getFormCms() { return formCms == null ? null : formCms.clone(); }
    public String getDigest() { return digest; }
    public Instant getSupersededAt() { return supersededAt; }
    public byte[] getTimeStamp() { return timeStamp == null ? null : timeStamp.clone(); }
    public String getReceiptProtocol() { return receiptProtocol; }
    public List<SubmittedFile> getFiles() { return List.copyOf(files); }
}
