package it.sfide.contract;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contract between the buying body and an awarded operator for one phase of a challenge: its object, value,
 * period and payment schedule (the milestones, each with its due date and amount, adding up to the value). The buyer
 * edits it while a draft; issued, it is a PDF the buyer's officer signs first and the operator's legal
 * representative second (on the platform or with their own qualified signature); signed by both it is in force.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.OF_CHALLENGE, query = "SELECT c FROM Contract c WHERE c.challengeId = :challenge"
        + " ORDER BY c.phaseNumber, c.code")
@NamedQuery(name = Contract.OF_ORGANISATION, query = "SELECT c FROM Contract c WHERE c.bodyId = :organisation"
        + " OR c.operatorId = :organisation ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = Contract.OF_PROPOSAL, query = "SELECT c FROM Contract c WHERE c.proposalId = :proposal"
        + " AND c.phaseNumber = :phase")
@NamedQuery(name = Contract.COUNT_OF_CHALLENGE, query = "SELECT COUNT(c) FROM Contract c"
        + " WHERE c.challengeId = :challenge")
public class Contract {

    public static final String OF_CHALLENGE = "Contract.ofChallenge";
    public static final String OF_ORGANISATION = "Contract.ofOrganisation";
    public static final String OF_PROPOSAL = "Contract.ofProposal";
    public static final String COUNT_OF_CHALLENGE = "Contract.countOfChallenge";

    public static final int OBJECT_MAX = 4000;
    public static final int MILESTONES_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "phase_number", nullable = false)
    private int phaseNumber;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "code", nullable = false, length = 24)
    private String code;

    @Column(name = "object_text", nullable = false, length = OBJECT_MAX)
    private String objectText;

    @Column(name = "awarded_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal awardedAmount;

    @Column(name = "contract_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ContractStatus status;

    @Column(name = "protocol", length = 40)
    private String protocol;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "buyer_signer_id")
    private Long buyerSignerId;

    @Column(name = "buyer_signer_name", length = 200)
    private String buyerSignerName;

    @Column(name = "buyer_signed_at")
    private Instant buyerSignedAt;

    @Column(name = "operator_signer_id")
    private Long operatorSignerId;

    @Column(name = "operator_signer_name", length = 200)
    private String operatorSignerName;

    @Column(name = "operator_signer_tax", length = 32)
    private String operatorSignerTaxCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator_signature", length = 8)
    private SignatureMode operatorSignature;

    @Column(name = "operator_signed_at")
    private Instant operatorSignedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private Long completedBy;

    @Column(name = "completion_protocol", length = 40)
    private String completionProtocol;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Contract() {
    }

    /**
     * A draft from an award: the value is the amount awarded, the period and a first payment schedule are a
     * proposal the buyer edits (an advance at a third of the period, the balance at its end).
     */
    public Contract(long challengeId, int phaseNumber, long awardId, long proposalId, long bodyId, long operatorId,
            String code, String objectText, BigDecimal awardedAmount, LocalDate startsOn, LocalDate endsOn,
            String firstMilestone, String lastMilestone, long createdBy, Instant now) {
        if (awardedAmount == null || awardedAmount.signum() <= 0) {
            throw new IllegalArgumentException("a contract is drafted from a positive award");
        }
        this.challengeId = challengeId;
        this.phaseNumber = phaseNumber;
        this.awardId = awardId;
        this.proposalId = proposalId;
        this.bodyId = bodyId;
        this.operatorId = operatorId;
        this.code = Objects.requireNonNull(code);
        this.objectText = clip(Objects.requireNonNull(objectText), OBJECT_MAX);
        this.awardedAmount = awardedAmount.setScale(2, RoundingMode.HALF_UP);
        this.value = this.awardedAmount;
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        this.status = ContractStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        BigDecimal advance = value.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
        long days = java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn);
        milestones.add(new Milestone(this, 1, firstMilestone, null, startsOn.plusDays(Math.max(1, days / 3)), advance));
        milestones.add(new Milestone(this, 2, lastMilestone, null, endsOn, value.subtract(advance)));
    }

    /** A milestone as the buyer writes it in the draft. */
    public record MilestoneLine(String title, String description, LocalDate dueOn, BigDecimal amount) {
    }

    /**
     * The buyer edits the draft: object, value (at most the amount awarded), period and the payment schedule (1 to
     * {@value #MILESTONES_MAX} milestones within the period, their amounts adding up to the value). Each problem
     * on its field; nothing changes when any is found.
     */
    public void edit(String objectText, BigDecimal value, LocalDate startsOn, LocalDate endsOn,
            List<MilestoneLine> lines, Instant now) {
        requireStatus(ContractStatus.DRAFT);
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        String object = objectText == null ? "" : objectText.strip();
        problems.check(!object.isEmpty(), "object", "contract.error.objectRequired");
        problems.check(object.length() <= OBJECT_MAX, "object", "contract.error.tooLong", OBJECT_MAX);
        problems.check(value != null && value.signum() > 0 && value.scale() <= 2, "value", "contract.error.value");
        problems.check(value == null || value.compareTo(awardedAmount) <= 0, "value", "contract.error.overAward",
                awardedAmount.toPlainString());
        problems.check(startsOn != null, "startsOn", "contract.error.dateRequired");
        problems.check(endsOn != null, "endsOn", "contract.error.dateRequired");
        problems.check(startsOn == null || endsOn == null || startsOn.isBefore(endsOn), "endsOn",
                "contract.error.period");
        List<MilestoneLine> given = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
        problems.check(!given.isEmpty() && given.size() <= MILESTONES_MAX, "milestones",
                "contract.error.milestoneCount", MILESTONES_MAX);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < given.size(); i++) {
            MilestoneLine m = given.get(i);
            String field = "milestones[" + (i + 1) + "].";
            String title = m.title() == null ? "" : m.title().strip();
            problems.check(!title.isEmpty() && title.length() <= 200, field + "title", "contract.error.milestoneTitle");
            problems.check(m.description() == null || m.description().length() <= 2000, field + "description",
                    "contract.error.tooLong", 2000);
            problems.check(m.dueOn() != null && (startsOn == null || !m.dueOn().isBefore(startsOn))
                    && (endsOn == null || !m.dueOn().isAfter(endsOn)), field + "dueOn", "contract.error.dueOn");
            problems.check(m.amount() != null && m.amount().signum() > 0 && m.amount().scale() <= 2,
                    field + "amount", "contract.error.amount");
            if (m.amount() != null) {
                sum = sum.add(m.amount());
            }
        }
        if (!problems.has("value") && !problems.has("milestones") && value != null && !given.isEmpty()
                && sum.compareTo(value) != 0) {
            problems.add("milestones", "contract.error.schedule", sum.setScale(2, RoundingMode.HALF_UP)
                    .toPlainString(), value.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        problems.throwIfAny();
        this.objectText = object;
        this.value = value.setScale(2, RoundingMode.HALF_UP);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        // milestone n stays the row of milestone n (revised in place), so no two rows ever share a number
        for (int i = 0; i < given.size(); i++) {
            MilestoneLine m = given.get(i);
            BigDecimal amount = m.amount().setScale(2, RoundingMode.HALF_UP);
            if (i < milestones.size()) {
                milestones.get(i).revise(m.title().strip(), blankToNull(m.description()), m.dueOn(), amount);
            } else {
                milestones.add(new Milestone(this, i + 1, m.title().strip(), blankToNull(m.description()), m.dueOn(),
                        amount));
            }
        }
        while (milestones.size() > given.size()) {
            milestones.remove(milestones.size() - 1);
        }
        this.updatedAt = now;
    }

    /** Issued for signature: the contract's PDF exists; the schedule must add up to the value. */
    public void issued(String protocol, Instant now) {
        requireStatus(ContractStatus.DRAFT);
        BigDecimal sum = milestones.stream().map(Milestone::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(value) != 0 || milestones.isEmpty()) {
            throw SfideException.conflict("contract.error.schedule", sum.toPlainString(), value.toPlainString());
        }
        this.protocol = Objects.requireNonNull(protocol);
        this.issuedAt = now;
        this.status = ContractStatus.ISSUED;
        this.updatedAt = now;
    }

    /** The buyer's officer signed the contract (first). */
    public void buyerSigned(long accountId, String name, Instant now) {
        requireStatus(ContractStatus.ISSUED);
        this.buyerSignerId = accountId;
        this.buyerSignerName = name;
        this.buyerSignedAt = now;
        this.status = ContractStatus.BUYER_SIGNED;
        this.updatedAt = now;
    }

    /** The operator's legal representative signed (second): the contract is in force. */
    public void operatorSigned(Long accountId, String name, String taxCode, SignatureMode mode, Instant now) {
        if (status == ContractStatus.ISSUED) {
            throw SfideException.conflict("contract.error.buyerFirst");
        }
        requireStatus(ContractStatus.BUYER_SIGNED);
        this.operatorSignerId = accountId;
        this.operatorSignerName = name;
        this.operatorSignerTaxCode = taxCode;
        this.operatorSignature = Objects.requireNonNull(mode);
        this.operatorSignedAt = now;
        this.status = ContractStatus.SIGNED;
        this.updatedAt = now;
    }

    /** The operator submits the deliverables of a milestone: only while the contract is in force. */
    public Milestone submit(int number, Instant now) {
        requireInForce();
        Milestone m = milestone(number);
        m.submitted(now);
        this.updatedAt = now;
        return m;
    }

    /** The buyer accepts a submitted milestone (its signed acceptance has this protocol). */
    public Milestone accept(int number, long by, String acceptanceProtocol, Instant now) {
        requireInForce();
        Milestone m = milestone(number);
        m.accept(by, acceptanceProtocol, now);
        this.updatedAt = now;
        return m;
    }

    /** The buyer rejects a submitted milestone, with the reasons; the operator submits again. */
    public Milestone reject(int number, long by, String reason, Instant now) {
        requireInForce();
        Milestone m = milestone(number);
        m.reject(by, reason, now);
        this.updatedAt = now;
        return m;
    }

    /**
     * A payment against an accepted milestone: within what remains of the milestone's amount and of the contract's
     * value, given the payments recorded before.
     */
    public Payment pay(int number, BigDecimal amount, LocalDate paidOn, String reference, long by, Instant now,
            List<Payment> earlier) {
        if (status != ContractStatus.SIGNED && status != ContractStatus.COMPLETED) {
            throw SfideException.conflict("contract.error.notInForce");
        }
        Milestone m = milestone(number);
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        problems.check(amount != null && amount.signum() > 0 && amount.scale() <= 2, "amount",
                "contract.error.amount");
        problems.check(paidOn != null, "paidOn", "contract.error.dateRequired");
        String ref = reference == null ? "" : reference.strip();
        problems.check(!ref.isEmpty() && ref.length() <= 100, "reference", "contract.error.reference");
        problems.throwIfAny();
        if (m.getStatus() != MilestoneStatus.ACCEPTED) {
            throw SfideException.invalid("milestone", "contract.error.notAccepted", number);
        }
        BigDecimal paid = earlier.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paidHere = earlier.stream().filter(p -> p.getMilestoneId() == m.getId()).map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = value.subtract(paid);
        if (amount.compareTo(remaining) > 0) {
            throw SfideException.invalid("amount", "contract.error.overValue", remaining.toPlainString());
        }
        BigDecimal due = m.getAmount().subtract(paidHere);
        if (amount.compareTo(due) > 0) {
            throw SfideException.invalid("amount", "contract.error.overMilestone", due.toPlainString(), number);
        }
        this.updatedAt = now;
        return new Payment(id, m.getId(), amount.setScale(2, RoundingMode.HALF_UP), paidOn, ref, by, now);
    }

    /** Whether every milestone's deliverables were accepted: the contract may be completed. */
    public boolean allAccepted() {
        return !milestones.isEmpty() && milestones.stream().allMatch(m -> m.getStatus() == MilestoneStatus.ACCEPTED);
    }

    /**
     * The buying body closes the contract in force once every milestone was accepted; its completion certificate
     * has this protocol. Payments of accepted milestones may still be recorded afterwards.
     */
    public void complete(long by, String certificateProtocol, Instant now) {
        requireCompletable();
        this.completedBy = by;
        this.completionProtocol = Objects.requireNonNull(certificateProtocol);
        this.completedAt = now;
        this.status = ContractStatus.COMPLETED;
        this.updatedAt = now;
    }

    /** Refuses, with the reason, a completion now: in force, every milestone accepted. */
    public void requireCompletable() {
        requireStatus(ContractStatus.SIGNED);
        if (!allAccepted()) {
            throw SfideException.conflict("contract.error.milestonesOpen");
        }
    }

    public Milestone milestone(int number) {
        return milestones.stream().filter(m -> m.getNumber() == number).findFirst()
                .orElseThrow(() -> SfideException.notFound("contract.error.noMilestone"));
    }

    public boolean isParty(long organisationId) {
        return organisationId == bodyId || organisationId == operatorId;
    }

    private void requireInForce() {
        if (!status.inForce()) {
            throw SfideException.conflict("contract.error.notInForce");
        }
    }

    private void requireStatus(ContractStatus expected) {
        if (status != expected) {
            throw SfideException.conflict("contract.error.wrongState", status.name());
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public long getChallengeId() { return challengeId; }
    public int getPhaseNumber() { return phaseNumber; }
    public long getAwardId() { return awardId; }
    public long getProposalId() { return proposalId; }
    public long getBodyId() { return bodyId; }
    public long getOperatorId() { return operatorId; }
    public String getCode() { return code; }
    public String getObjectText() { return objectText; }
    public BigDecimal getAwardedAmount() { return awardedAmount; }
    public BigDecimal getValue() { return value; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public ContractStatus getStatus() { return status; }
    public String getProtocol() { return protocol; }
    public Instant getIssuedAt() { return issuedAt; }
    public Long getBuyerSignerId() { return buyerSignerId; }
    public String getBuyerSignerName() { return buyerSignerName; }
    public Instant getBuyerSignedAt() { return buyerSignedAt; }
    public Long getOperatorSignerId() { return operatorSignerId; }
    public String getOperatorSignerName() { return operatorSignerName; }
    public String getOperatorSignerTaxCode() { return operatorSignerTaxCode; }
    public SignatureMode getOperatorSignature() { return operatorSignature; }
    public Instant getOperatorSignedAt() { return operatorSignedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Long getCompletedBy() { return completedBy; }
    public String getCompletionProtocol() { return completionProtocol; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<Milestone> getMilestones() { return List.copyOf(milestones); }
}
