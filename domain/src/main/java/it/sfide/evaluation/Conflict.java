package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A conflict of interest between a committee member and a proposal (its candidate): declared by the member,
 * found by Sfide, or a later recusal. A conflicted member is never assigned the proposal.
 */
@Entity
@Table(name = "evaluation_conflict")
@NamedQuery(name = Conflict.OF_COMMITTEE, query = "SELECT c FROM Conflict c WHERE c.committeeId = :committee"
        + " ORDER BY c.memberId, c.candidateId, c.id")
public class Conflict {

    public static final String OF_COMMITTEE = "Conflict.ofCommittee";
    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private ConflictSource source;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Conflict() {
    }

    public Conflict(long committeeId, long memberId, long candidateId, ConflictSource source, String detail,
            Instant now) {
        this.committeeId = committeeId;
        this.memberId = memberId;
        this.candidateId = candidateId;
        this.source = Objects.requireNonNull(source);
        String d = detail == null || detail.isBlank() ? null : detail.strip();
        this.detail = d != null && d.length() > DETAIL_MAX ? d.substring(0, DETAIL_MAX) : d;
        this.recordedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public long getMemberId() { return memberId; }
    public long getCandidateId() { return candidateId; }
    public ConflictSource getSource() { return source; }
    public String getDetail() { return detail; }
    public Instant getRecordedAt() { return recordedAt; }
}
