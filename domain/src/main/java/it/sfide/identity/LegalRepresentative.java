package it.sfide.identity;

import it.sfide.shared.SfideException;
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

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who legally represents an organisation (an operator or a public body) and so may sign for it, contracts
 * above all: who they are ({@link RepresentativeDetails}), optionally the organisation's Sfide account that is this
 * person (then they may sign on the platform with their password), and who recorded them and when. At most one per
 * tax code, foreign identifier and account in an organisation (the boundary checks, the schema holds).
 */
@Entity
@Table(name = "legal_representative")
@NamedQueries({
    @NamedQuery(name = LegalRepresentative.OF_ORGANISATION, query = "select r from LegalRepresentative r"
            + " left join fetch r.account left join fetch r.addedBy left join fetch r.changedBy"
            + " where r.organisation.id = :organisation order by r.familyName, r.givenName, r.id"),
    @NamedQuery(name = LegalRepresentative.COUNT_TAX_CODE, query = "select count(r) from LegalRepresentative r"
            + " where r.organisation.id = :organisation and r.taxCode = :taxCode and r.id <> :except"),
    @NamedQuery(name = LegalRepresentative.COUNT_FOREIGN_ID, query = "select count(r) from LegalRepresentative r"
            + " where r.organisation.id = :organisation and r.foreignCountry = :country and r.foreignId = :foreignId"
            + " and r.id <> :except"),
    @NamedQuery(name = LegalRepresentative.COUNT_ACCOUNT, query = "select count(r) from LegalRepresentative r"
            + " where r.organisation.id = :organisation and r.account.id = :account and r.id <> :except")
})
public class LegalRepresentative {

    public static final String OF_ORGANISATION = "LegalRepresentative.ofOrganisation";
    public static final String COUNT_TAX_CODE = "LegalRepresentative.countTaxCode";
    public static final String COUNT_FOREIGN_ID = "LegalRepresentative.countForeignId";
    public static final String COUNT_ACCOUNT = "LegalRepresentative.countAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "given_name", nullable = false, length = RepresentativeDetails.NAME_MAX)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = RepresentativeDetails.NAME_MAX)
    private String familyName;

    @Column(name = "tax_code", length = PersonalTaxCode.LENGTH)
    private String taxCode;

    @Column(name = "foreign_country", length = 2)
    private String foreignCountry;

    @Column(name = "foreign_id", length = RepresentativeDetails.FOREIGN_ID_MAX)
    private String foreignId;

    @Column(name = "title", nullable = false, length = RepresentativeDetails.TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by", nullable = false, updatable = false)
    private Account addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private Account changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected LegalRepresentative() {
    }

    /**
     * @param account the organisation's member who is this person, or null
     * @param by      who records it
     */
    public LegalRepresentative(Organisation organisation, RepresentativeDetails details, Account account, Account by,
            Instant now) {
        this.organisation = Objects.requireNonNull(organisation);
        this.addedBy = Objects.requireNonNull(by);
        this.addedAt = Objects.requireNonNull(now);
        take(details, account);
    }

    /** Corrects who the person is, their office or their account. */
    public void revise(RepresentativeDetails details, Account account, Account by, Instant now) {
        take(details, account);
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(now);
    }

    private void take(RepresentativeDetails details, Account member) {
        if (member != null && !member.belongsTo(organisation.getId())) {
            throw SfideException.invalid("accountId", "error.legalRep.account.notMember");
        }
        givenName = details.givenName();
        familyName = details.familyName();
        taxCode = details.taxCode();
        foreignCountry = details.foreignCountry();
        foreignId = details.foreignId();
        title = details.title();
        account = member;
    }

    /**
     * Whether an identifier, as a signature certificate's subject carries it (its {@code serialNumber}), names this
     * person: the tax code alone, with ETSI EN 319 412-1's prefix ({@code TINIT-RSSMRA85T10A562S}) or the older
     * {@code IT:} of some Italian certificates; a foreign person's identifier with its country
     * ({@code PASFR-12AB34567}, {@code IDCDE-…}, {@code TINES-…}: any three-letter type). Case and spaces do not
     * matter.
     */
    public static boolean identifies(String taxCode, String foreignCountry, String foreignId, String identifier) {
        if (identifier == null) {
            return false;
        }
        String value = identifier.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return false;
        }
        if (value.matches("^[A-Z]{3}[A-Z]{2}-.+")) {
            String country = value.substring(3, 5);
            String code = value.substring(6);
            return "IT".equals(country) ? code.equals(taxCode)
                    : country.equals(foreignCountry) && code.equals(foreignId);
        }
        if (value.startsWith("IT:")) {
            value = value.substring(3);
        }
        return value.equals(taxCode);
    }

    /**
     * Whether a name, as a certificate or a person writes it, is this person's: given name and surname in either
     * order, or given name and surname apart; letters compared without case or accents, other characters as spaces.
     */
    public static boolean named(String givenName, String familyName, String name) {
        String wanted = fold(name);
        return !wanted.isEmpty() && (wanted.equals(fold(givenName + " " + familyName))
                || wanted.equals(fold(familyName + " " + givenName)));
    }

    /** Lower case, accents removed, runs of anything but letters and digits made one space. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public String getTaxCode() { return taxCode; }
    public String getForeignCountry() { return foreignCountry; }
    public String getForeignId() { return foreignId; }
    public String getTitle() { return title; }
    public Account getAccount() { return account; }
    public Account getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public Account getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
