package it.sfide.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One submission of a milestone's deliverables by the operator: a short report and files; round 1, then one more
 * round after each rejection. Kept as submitted.
 */
@Entity
@Table(name = "contract_deliverable")
@NamedQuery(name = Deliverable.OF_MILESTONE, query = "SELECT d FROM Deliverable d WHERE d.milestoneId = :milestone"
        + " ORDER BY d.round")
@NamedQuery(name = Deliverable.OF_CONTRACT, query = "SELECT d FROM Deliverable d, Milestone m"
        + " WHERE d.milestoneId = m.id AND m.contract.id = :contract ORDER BY m.number, d.round")
public class Deliverable {

    public static final String OF_MILESTONE = "Deliverable.ofMilestone";
    public static final String OF_CONTRACT = "Deliverable.ofContract";
    public static final int REPORT_MAX = 8000;
    public static final int FILES_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private long milestoneId;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "report", nullable = false, length = REPORT_MAX)
    private String report;

    @Column(name = "submitted_by", nullable = false)
    private long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "deliverable", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<DeliverableFile> files = new ArrayList<>();

    protected Deliverable() {
    }

    public Deliverable(long milestoneId, int round, String report, long submittedBy, Instant submittedAt) {
        this.milestoneId = milestoneId;
        this.round = round;
        this.report = Objects.requireNonNull(report);
        this.submittedBy = submittedBy;
        this.submittedAt = Objects.requireNonNull(submittedAt);
    }

    public DeliverableFile attach(String name, String sha256, byte[] content) {
        DeliverableFile f = new DeliverableFile(this, name, sha256, content);
        files.add(f);
        return f;
    }

    public Long getId() { return id; }
    public long getMilestoneId() { return milestoneId; }
    public int getRound() { return round; }
    public String getReport() { return report; }
    public long getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<DeliverableFile> getFiles() { return List.copyOf(files); }
}
