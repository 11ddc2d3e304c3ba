package it.sfide.proposal;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * The opening of a phase's submissions (four eyes): an officer of the buyer asks for it once the phase's
 * deadline has passed; another officer of the same body confirms it, and only then is the opening key unwrapped
 * and the signed minutes issued.
 */
@Entity
@Table(name = "proposal_opening")
@NamedQuery(name = Opening.FIND, query = "SELECT o FROM Opening o WHERE o.challengeId = :challenge"
        + " AND o.phaseNumber = :phase")
@NamedQuery(name = Opening.OF_CHALLENGE, query = "SELECT o FROM Opening o WHERE o.challengeId = :challenge"
        + " ORDER BY o.phaseNumber")
public class Opening {

    public static final String FIND = "Opening.find";
    public static final String OF_CHALLENGE = "Opening.ofChallenge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "phase_number", nullable = false)
    private int phaseNumber;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "minutes_protocol", length = 40)
    private String minutesProtocol;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Opening() {
    }

    /** An officer asks for the opening; the phase's deadline must have passed. */
    public Opening(long challengeId, int phaseNumber, Instant deadline, long officer, Instant now) {
        if (now.isBefore(deadline)) {
            throw SfideException.conflict("opening.error.beforeDeadline");
        }
        this.challengeId = challengeId;
        this.phaseNumber = phaseNumber;
        this.requestedBy = officer;
        this.requestedAt = Objects.requireNonNull(now);
    }

    /** A second officer confirms: never the one who asked, and once. */
    public void confirm(long officer, Instant now) {
        if (isConfirmed()) {
            throw SfideException.conflict("opening.error.alreadyOpened");
        }
        if (officer == requestedBy) {
            throw SfideException.conflict("opening.error.fourEyes");
        }
        confirmedBy = officer;
        confirmedAt = now;
    }

    /** The signed minutes were issued. */
    public void minutes(String protocol) {
        minutesProtocol = Objects.requireNonNull(protocol);
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }
    public long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getMinutesProtocol() { return minutesProtocol; }
}
