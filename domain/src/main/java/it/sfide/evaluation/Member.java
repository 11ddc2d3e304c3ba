package it.sfide.evaluation;

import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A seat on a committee: a person with an account, or an external expert invited by e-mail who takes the seat
 * when they register. One member is the chair. A member sees nothing of the proposals before signing their
 * conflict-of-interest declaration.
 */
@Entity
@Table(name = "evaluation_member")
@NamedQuery(name = Member.OF_COMMITTEE, query = "SELECT m FROM Member m WHERE m.committeeId = :committee"
        + " ORDER BY m.chair DESC, m.id")
@NamedQuery(name = Member.OF_ACCOUNT, query = "SELECT m FROM Member m WHERE m.accountId = :account"
        + " ORDER BY m.id DESC")
@NamedQuery(name = Member.BY_INVITATION, query = "SELECT m FROM Member m WHERE m.invitationId = :invitation")
public class Member {

    public static final String OF_COMMITTEE = "Member.ofCommittee";
    public static final String OF_ACCOUNT = "Member.ofAccount";
    public static final String BY_INVITATION = "Member.byInvitation";
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "chair", nullable = false)
    private boolean chair;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MemberStatus status;

    @Column(name = "declaration_protocol", length = 40)
    private String declarationProtocol;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "recused_at")
    private Instant recusedAt;

    @Column(name = "recusal_reason", length = REASON_MAX)
    private String recusalReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Member() {
    }

    /** A person with an account, appointed. */
    public static Member appointed(long committeeId, long accountId, String name, boolean chair) {
        Member m = new Member(committeeId, name, chair);
        m.accountId = accountId;
        m.status = MemberStatus.APPOINTED;
        return m;
    }

    /** An external expert invited by e-mail: the seat waits for them to register. */
    public static Member invited(long committeeId, long invitationId, String name, boolean chair) {
        Member m = new Member(committeeId, name, chair);
        m.invitationId = invitationId;
        m.status = MemberStatus.INVITED;
        return m;
    }

    private Member(long committeeId, String name, boolean chair) {
        this.committeeId = committeeId;
        this.displayName = Objects.requireNonNull(name).strip();
        this.chair = chair;
    }

    /** The invited expert registered (or accepted with their account): the seat is theirs. */
    public void joined(long account, String name) {
        if (status == MemberStatus.INVITED) {
            accountId = account;
            displayName = name;
            status = MemberStatus.APPOINTED;
        }
    }

    /** Signed the declaration of conflicts: from now on the member may be assigned work. */
    public void declared(String protocol, Instant now) {
        if (status != MemberStatus.APPOINTED) {
            throw SfideException.conflict(status == MemberStatus.DECLARED ? "evaluation.error.alreadyDeclared"
                    : "evaluation.error.notAMember");
        }
        declarationProtocol = Objects.requireNonNull(protocol);
        declaredAt = now;
        status = MemberStatus.DECLARED;
    }

    /** Leaves the committee, with a reason: their work is reassigned. The chair cannot leave. */
    public void recuse(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        if (status == MemberStatus.RECUSED) {
            throw SfideException.conflict("evaluation.error.notAMember");
        }
        if (chair) {
            throw SfideException.conflict("evaluation.error.chairCannotRecuse");
        }
        recusalReason = reason.strip().length() > REASON_MAX ? reason.strip().substring(0, REASON_MAX)
                : reason.strip();
        recusedAt = now;
        status = MemberStatus.RECUSED;
    }

    public boolean isAccount(long account) {
        return accountId != null && accountId == account;
    }

    public boolean hasDeclared() {
        return status == MemberStatus.DECLARED;
    }

    public Long getId() { return id; }
    public long getCommitteeId() { return committeeId; }
    public Long getAccountId() { return accountId; }
    public Long getInvitationId() { return invitationId; }
    public String getDisplayName() { return displayName; }
    public boolean isChair() { return chair; }
    public MemberStatus getStatus() { return status; }
    public String getDeclarationProtocol() { return declarationProtocol; }
    public Instant getDeclaredAt() { return declaredAt; }
    public Instant getRecusedAt() { return recusedAt; }
    public String getRecusalReason() { return recusalReason; }
}
