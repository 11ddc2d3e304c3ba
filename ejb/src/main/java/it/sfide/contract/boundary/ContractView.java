package it.sfide.contract.boundary;

import it.sfide.contract.ContractStatus;
import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.SignatureMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as its parties see it: the parties, object, value and period, its signatures, the milestones with
 * their deliverables and decisions, the payments, and what is paid, payable and remaining against the value.
 *
 * @param money paid (recorded payments), due (accepted milestones not yet paid) and remaining (value − paid)
 * @param completionProtocol the protocol of the completion certificate, once completed
 * @param caller what the caller may do now
 */
public record ContractView(long id, String code, long challengeId, String challengeTitle, String ocid, int phase,
        long bodyId, String bodyName, long operatorId, String operatorName, String object, BigDecimal awardedAmount,
        BigDecimal value, LocalDate startsOn, LocalDate endsOn, ContractStatus status, String protocol,
        Instant issuedAt, String buyerSigner, Instant buyerSignedAt, String operatorSigner,
        SignatureMode operatorSignature, Instant operatorSignedAt, Instant completedAt, String completionProtocol,
        List<MilestoneView> milestones, List<PaymentView> payments, Money money, Caller caller) {

    public record MilestoneView(int number, String title, String description, LocalDate dueOn, BigDecimal amount,
            MilestoneStatus status, boolean overdue, Instant submittedAt, Instant decidedAt, String rejectionReason,
            String acceptanceProtocol, BigDecimal paid, List<DeliverableView> deliverables) {
    }

    public record DeliverableView(long id, int round, String report, String submittedBy, Instant submittedAt,
            List<FileView> files) {
    }

    public record FileView(long id, String name, long sizeBytes, String sha256) {
    }

    public record PaymentView(long id, int milestone, BigDecimal amount, LocalDate paidOn, String reference,
            Instant recordedAt) {
    }

    public record Money(BigDecimal paid, BigDecimal due, BigDecimal remaining) {
    }

    /**
     * @param officer an officer of the buying body
     * @param operator a member of the operator
     * @param legalRepresentative the caller is a legal representative of the operator (may sign on the platform)
     */
    public record Caller(boolean officer, boolean operator, boolean legalRepresentative, boolean mayEdit,
            boolean maySignAsBuyer, boolean maySignAsOperator, boolean mayDeliver, boolean mayDecide,
            boolean mayPay, boolean mayComplete) {
    }
}
