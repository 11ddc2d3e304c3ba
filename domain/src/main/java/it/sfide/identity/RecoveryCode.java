package it.sfide.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code that stands in for the second factor when the person's app is lost: shown once at enrolment,
 * stored as its SHA-256, used once.
 */
@Entity
@Table(name = "recovery_code")
@NamedQueries({
    @NamedQuery(name = RecoveryCode.UNUSED, query = "select c from RecoveryCode c"
            + " where c.account.id = :account and c.usedAt is null"),
    @NamedQuery(name = RecoveryCode.DELETE_OF_ACCOUNT, query = "delete from RecoveryCode c where c.account.id = :account")
})
public class RecoveryCode {

    public static final String UNUSED = "RecoveryCode.unused";
    public static final String DELETE_OF_ACCOUNT = "RecoveryCode.deleteOfAccount";
    /** How many codes an enrolment gives. */
    public static final int PER_ENROLMENT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected RecoveryCode() {
    }

    public RecoveryCode(Account account, String codeHash) {
        this.account = Objects.requireNonNull(account);
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("a recovery code is used once");
        }
        usedAt = Objects.requireNonNull(now);
    }

    public String getCodeHash() { return codeHash; }
    public Instant getUsedAt() { return usedAt; }
}
