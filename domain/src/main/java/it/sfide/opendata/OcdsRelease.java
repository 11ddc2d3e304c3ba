package it.sfide.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One OCDS release of a contracting process, as published: a full-state release (everything public about the
 * process at that moment), its tags, its date and the SHA-256 of its content without id, date and tags (a new
 * release is published only when that digest changes). Numbered from 1 within its process; never changed.
 */
@Entity
@Table(name = "ocds_release")
@NamedQuery(name = OcdsRelease.OF_PROCESS, query = "SELECT r FROM OcdsRelease r WHERE r.challengeId = :challenge"
        + " ORDER BY r.seq")
@NamedQuery(name = OcdsRelease.LATEST, query = "SELECT r FROM OcdsRelease r WHERE r.challengeId = :challenge"
        + " ORDER BY r.seq DESC")
@NamedQuery(name = OcdsRelease.BETWEEN, query = "SELECT r FROM OcdsRelease r WHERE r.releasedAt >= :from"
        + " AND r.releasedAt < :to ORDER BY r.releasedAt, r.id")
@NamedQuery(name = OcdsRelease.DATES, query = "SELECT r.releasedAt FROM OcdsRelease r")
@NamedQuery(name = OcdsRelease.PROCESSES, query = "SELECT r.challengeId, MAX(r.id) FROM OcdsRelease r"
        + " GROUP BY r.challengeId ORDER BY MAX(r.id) DESC")
@NamedQuery(name = OcdsRelease.LATEST_OF_EACH, query = "SELECT r FROM OcdsRelease r WHERE r.id IN"
        + " (SELECT MAX(x.id) FROM OcdsRelease x GROUP BY x.challengeId) ORDER BY r.ocid")
@NamedQuery(name = OcdsRelease.PROCESS_COUNT, query = "SELECT COUNT(DISTINCT r.challengeId) FROM OcdsRelease r")
public class OcdsRelease {

    public static final String OF_PROCESS = "OcdsRelease.ofProcess";
    public static final String LATEST = "OcdsRelease.latest";
    public static final String BETWEEN = "OcdsRelease.between";
    public static final String DATES = "OcdsRelease.dates";
    public static final String PROCESSES = "OcdsRelease.processes";
    public static final String PROCESS_COUNT = "OcdsRelease.processCount";
    public static final String LATEST_OF_EACH = "OcdsRelease.latestOfEach";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "ocid", nullable = false, length = 80)
    private String ocid;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @Column(name = "tags", nullable = false, length = 200)
    private String tags;

    @Column(name = "digest", nullable = false, length = 64)
    private String digest;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    protected OcdsRelease() {
    }

    /**
     * The release that follows {@code previous} (or the first), dated to the second (databases that keep no
     * fractional seconds read back the same instant).
     */
    public OcdsRelease(long challengeId, String ocid, OcdsRelease previous, Instant releasedAt, List<String> tags,
                       String digest, String body) {
        if (tags.isEmpty() || digest.length() != 64 || body.isBlank()) {
            throw new IllegalArgumentException("a release has tags, a digest and a body");
        }
        this.challengeId = challengeId;
        this.ocid = Objects.requireNonNull(ocid);
        this.seq = previous == null ? 1 : previous.seq + 1;
        this.releasedAt = releasedAt.truncatedTo(ChronoUnit.SECONDS);
        this.tags = String.join(",", tags);
        this.digest = digest;
        this.body = body;
    }

    /** The release's id: its process's ocid and its number, unique in the process ("ocds-x-000012-0003"). */
    public static String releaseId(String ocid, int seq) {
        return ocid + "-" + String.format("%04d", seq);
    }

    public String getReleaseId() { return releaseId(ocid, seq); }
    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public String getOcid() { return ocid; }
    public int getSeq() { return seq; }
    public Instant getReleasedAt() { return releasedAt; }
    public List<String> getTags() { return Arrays.asList(tags.split(",")); }
    public String getDigest() { return digest; }
    public String getBody() { return body; }
}
