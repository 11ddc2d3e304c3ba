package it.sfide.contract;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone of a contract: what is due, by when, and what it pays. The operator submits its deliverables; the
 * buyer accepts them (a signed acceptance; the milestone becomes payable) or rejects them with reasons, and the
 * operator submits again. Reminders before and after the due date are sent once each.
 */
@Entity
@Table(name = "contract_milestone")
@NamedQuery(name = Milestone.DUE_BETWEEN, query = "SELECT m FROM Milestone m WHERE m.remindedBefore = false"
        + " AND m.status IN (it.sfide.contract.MilestoneStatus.PENDING, it.sfide.contract.MilestoneStatus.REJECTED)"
        + " AND m.dueOn >= :from AND m.dueOn <= :to AND m.contract.status = it.sfide.contract.ContractStatus.SIGNED")
@NamedQuery(name = Milestone.OVERDUE, query = "SELECT m FROM Milestone m WHERE m.remindedAfter = false"
        + " AND m.status IN (it.sfide.contract.MilestoneStatus.PENDING, it.sfide.contract.MilestoneStatus.REJECTED)"
        + " AND m.dueOn < :today AND m.contract.status = it.sfide.contract.ContractStatus.SIGNED")
// a reminder is sent by whichever server claims it first: the claim is one conditional update
@NamedQuery(name = Milestone.CLAIM_BEFORE, query = "UPDATE Milestone m SET m.remindedBefore = true"
        + " WHERE m.id = :id AND m.remindedBefore = false")
@NamedQuery(name = Milestone.CLAIM_AFTER, query = "UPDATE Milestone m SET m.remindedAfter = true"
        + " WHERE m.id = :id AND m.remindedAfter = false")
public class Milestone {

    public static final String DUE_BETWEEN = "Milestone.dueBetween";
    public static final String OVERDUE = "Milestone.overdue";
    public static final String CLAIM_BEFORE = "Milestone.claimBefore";
    public static final String CLAIM_AFTER = "Milestone.claimAfter";
    public static final int REASON_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MilestoneStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    /** The reasons of the latest rejection, kept after the operator submits again. */
    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    @Column(name = "acceptance_protocol", length = 40)
    private String acceptanceProtocol;

    @Column(name = "reminded_before", nullable = false)
    private boolean remindedBefore;

    @Column(name = "reminded_after", nullable = false)
    private boolean remindedAfter;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Milestone() {
    }

    Milestone(Contract contract, int number, String title, String description, LocalDate dueOn, BigDecimal amount) {
        this.contract = Objects.requireNonNull(contract);
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.amount = Objects.requireNonNull(amount);
        this.status = MilestoneStatus.PENDING;
    }

    /** The draft's schedule changed: this milestone's terms (a draft's milestone has no history yet). */
    void revise(String title, String description, LocalDate dueOn, BigDecimal amount) {
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.amount = Objects.requireNonNull(amount);
    }

    void submitted(Instant now) {
        if (status == MilestoneStatus.SUBMITTED) {
            throw SfideException.conflict("contract.error.alreadySubmitted");
        }
        if (status == MilestoneStatus.ACCEPTED) {
            throw SfideException.conflict("contract.error.alreadyAccepted");
        }
        status = MilestoneStatus.SUBMITTED;
        submittedAt = now;
    }

    void accept(long by, String protocol, Instant now) {
        requireSubmitted();
        status = MilestoneStatus.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
        acceptanceProtocol = Objects.requireNonNull(protocol);
    }

    void reject(long by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "contract.error.reasonRequired");
        }
        requireSubmitted();
        status = MilestoneStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        String r = reason.strip();
        rejectionReason = r.length() > REASON_MAX ? r.substring(0, REASON_MAX) : r;
    }

    /** Whether the milestone is late on this day: due before it and not accepted nor waiting for the decision. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }

    private void requireSubmitted() {
        if (status != MilestoneStatus.SUBMITTED) {
            throw SfideException.conflict("contract.error.notSubmitted");
        }
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getDueOn() { return dueOn; }
    public BigDecimal getAmount() { return amount; }
    public MilestoneStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public String getRejectionReason() { return rejectionReason; }
    public String getAcceptanceProtocol() { return acceptanceProtocol; }
    public boolean isRemindedBefore() { return remindedBefore; }
    public boolean isRemindedAfter() { return remindedAfter; }
}
