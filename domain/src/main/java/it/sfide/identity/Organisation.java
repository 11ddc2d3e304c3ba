package it.sfide.identity;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant: a public body (name, IPA code, fiscal code, PEC, region) or an operator (legal name, fiscal code or
 * VAT number, type, country, contact e-mail). Created pending; a platform admin verifies or rejects it.
 */
@Entity
@Table(name = "organisation")
@NamedQueries({
    @NamedQuery(name = Organisation.BY_STATUS,
            query = "select o from Organisation o where o.status = :status order by o.createdAt, o.id"),
    @NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name, o.id"),
    @NamedQuery(name = Organisation.COUNT_BY_TAX_CODE,
            query = "select count(o) from Organisation o where o.country = :country and o.taxCode = :taxCode"),
    @NamedQuery(name = Organisation.COUNT_BY_IPA, query = "select count(o) from Organisation o where o.ipaCode = :ipa"),
    @NamedQuery(name = Organisation.BY_TAX_CODE,
            query = "select o from Organisation o where o.country = :country and o.taxCode = :taxCode")
})
public class Organisation {

    public static final String BY_STATUS = "Organisation.byStatus";
    public static final String ALL = "Organisation.all";
    public static final String COUNT_BY_TAX_CODE = "Organisation.countByTaxCode";
    public static final String COUNT_BY_IPA = "Organisation.countByIpa";
    public static final String BY_TAX_CODE = "Organisation.byTaxCode";

    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "tax_code", nullable = false, length = 20)
    private String taxCode;

    @Column(name = "vat_number", length = 20)
    private String vatNumber;

    @Column(name = "ipa_code", length = 20)
    private String ipaCode;

    @Column(name = "pec", length = 254)
    private String pec;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private ItalianRegion region;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator_type", length = 20)
    private OperatorType operatorType;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OrganisationStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_by", length = 60)
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    private Organisation(OrganisationKind kind, String name, String country, String taxCode, String contactEmail,
            Instant createdAt) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name).strip();
        this.country = Objects.requireNonNull(country);
        this.taxCode = Objects.requireNonNull(taxCode);
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = OrganisationStatus.PENDING;
    }

    /** A public body; its PEC is also its contact address. */
    public static Organisation publicBody(String name, String ipaCode, String taxCode, String pec,
            ItalianRegion region, Instant now) {
        Organisation body = new Organisation(OrganisationKind.PUBLIC_BODY, name, "IT", taxCode, pec, now);
        body.ipaCode = Objects.requireNonNull(ipaCode);
        body.pec = pec;
        body.region = Objects.requireNonNull(region);
        return body;
    }

    public static Organisation operator(String legalName, OperatorType type, String country, String taxCode,
            String vatNumber, String contactEmail, Instant now) {
        Organisation operator = new Organisation(OrganisationKind.OPERATOR, legalName, country, taxCode, contactEmail, now);
        operator.operatorType = Objects.requireNonNull(type);
        operator.vatNumber = vatNumber;
        return operator;
    }

    /** A platform admin has checked the organisation: it may now publish, submit and sign. */
    public void verify(String admin, Instant now) {
        if (status == OrganisationStatus.VERIFIED) {
            throw new SfideException(ErrorKind.CONFLICT, "error.organisation.alreadyVerified");
        }
        status = OrganisationStatus.VERIFIED;
        statusReason = null;
        statusChangedBy = admin;
        statusChangedAt = now;
    }

    /** A platform admin refuses the registration, saying why. */
    public void reject(String admin, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw SfideException.invalid("reason", "error.organisation.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw SfideException.invalid("reason", "error.tooLong", REASON_MAX);
        }
        status = OrganisationStatus.REJECTED;
        statusReason = reason.strip();
        statusChangedBy = admin;
        statusChangedAt = now;
    }

    public boolean isVerified() {
        return status == OrganisationStatus.VERIFIED;
    }

    public Long getId() { return id; }
    public OrganisationKind getKind() { return kind; }
    public String getName() { return name; }
    public String getCountry() { return country; }
    public String getTaxCode() { return taxCode; }
    public String getVatNumber() { return vatNumber; }
    public String getIpaCode() { return ipaCode; }
    public String getPec() { return pec; }
    public ItalianRegion getRegion() { return region; }
    public OperatorType getOperatorType() { return operatorType; }
    public String getContactEmail() { return contactEmail; }
    public OrganisationStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public String getStatusChangedBy() { return statusChangedBy; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
