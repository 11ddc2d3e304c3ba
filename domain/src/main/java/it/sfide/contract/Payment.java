package it.sfide.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A payment recorded by the buyer against an accepted milestone (made by {@link Contract#pay}). */
@Entity
@Table(name = "contract_payment")
@NamedQuery(name = Payment.OF_CONTRACT, query = "SELECT p FROM Payment p WHERE p.contractId = :contract"
        + " ORDER BY p.paidOn, p.id")
@NamedQuery(name = Payment.OF_BODY, query = "SELECT p FROM Payment p, Contract c WHERE p.contractId = c.id"
        + " AND c.bodyId = :body ORDER BY p.paidOn, p.id")
public class Payment {

    public static final String OF_CONTRACT = "Payment.ofContract";
    public static final String OF_BODY = "Payment.ofBody";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "milestone_id", nullable = false)
    private long milestoneId;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "reference", nullable = false, length = 100)
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    Payment(long contractId, long milestoneId, BigDecimal amount, LocalDate paidOn, String reference, long recordedBy,
            Instant recordedAt) {
        this.contractId = contractId;
        this.milestoneId = milestoneId;
        this.amount = Objects.requireNonNull(amount);
        this.paidOn = Objects.requireNonNull(paidOn);
        this.reference = Objects.requireNonNull(reference);
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() { return id; }
    public long getContractId() { return contractId; }
    public long getMilestoneId() { return milestoneId; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getReference() { return reference; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
