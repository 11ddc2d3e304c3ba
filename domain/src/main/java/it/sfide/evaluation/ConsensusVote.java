package it.sfide.evaluation;

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
 * A member's answer to the chair's consensus proposal on a proposal: agreement, or a dissent with its text, which
 * the committee report carries.
 */
@Entity
@Table(name = "evaluation_vote")
@NamedQuery(name = ConsensusVote.OF_CANDIDATE, query = "SELECT v FROM ConsensusVote v"
        + " WHERE v.candidateId = :candidate ORDER BY v.memberId")
@NamedQuery(name = ConsensusVote.OF_COMMITTEE, query = "SELECT v FROM ConsensusVote v, Candidate c"
        + " WHERE v.candidateId = c.id AND c.committeeId = :committee ORDER BY v.candidateId, v.memberId")
@NamedQuery(name = ConsensusVote.OF_CANDIDATES, query = "SELECT v FROM ConsensusVote v"
        + " WHERE v.candidateId IN :candidates ORDER BY v.candidateId, v.memberId")
public class ConsensusVote {

    public static final String OF_CANDIDATE = "ConsensusVote.ofCandidate";
    public static final String OF_COMMITTEE = "ConsensusVote.ofCommittee";
    public static final String OF_CANDIDATES = "ConsensusVote.ofCandidates";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "agree", nullable = false)
    private boolean agree;

    @Column(name = "dissent", length = 4000)
    private String dissent;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ConsensusVote() {
    }

    public ConsensusVote(long candidateId, long memberId, boolean agree, String dissent, Instant now) {
        if (!agree && (dissent == null || dissent.isBlank())) {
            throw it.sfide.shared.SfideException.invalid("dissent", "evaluation.error.dissentRequired");
        }
        this.candidateId = candidateId;
        this.memberId = memberId;
        this.agree = agree;
        String d = agree || dissent == null ? null : dissent.strip();
        this.dissent = d != null && d.length() > 4000 ? d.substring(0, 4000) : d;
        this.answeredAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getCandidateId() { return candidateId; }
    public long getMemberId() { return memberId; }
    public boolean isAgree() { return agree; }
    public String getDissent() { return dissent; }
    public Instant getAnsweredAt() { return answeredAt; }
}
