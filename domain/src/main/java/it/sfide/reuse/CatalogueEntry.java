package it.sfide.reuse;

import it.sfide.challenge.SearchTerms;
import it.sfide.identity.ItalianRegion;
import it.sfide.shared.SfideException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A finished solution in the public reuse catalogue: one per completed contract, published by an officer of the
 * body that owns it (the contract's buying body) and kept up to date by its officers. What it is, where its code
 * lives and under which licence are its {@link EntryDetails}; the operator that built it, the challenge it answers
 * (its themes) and the owning body's region are copied when it is published, for the catalogue's filters. Other
 * public bodies declare their {@link Interest} and record their {@link Adoption}.
 */
@Entity
@Table(name = "reuse_entry")
@NamedQuery(name = CatalogueEntry.BY_CONTRACT, query = "SELECT e FROM CatalogueEntry e"
        + " WHERE e.contractId = :contract")
@NamedQuery(name = CatalogueEntry.LICENCES, query = "SELECT DISTINCT e.licence FROM CatalogueEntry e"
        + " ORDER BY e.licence")
@NamedQuery(name = CatalogueEntry.BODIES, query = "SELECT DISTINCT e.bodyId FROM CatalogueEntry e")
public class CatalogueEntry {

    public static final String BY_CONTRACT = "CatalogueEntry.byContract";
    public static final String LICENCES = "CatalogueEntry.licences";
    public static final String BODIES = "CatalogueEntry.bodies";

    /**
     * How lists of one-line items are kept in one column. Lengths are in code points and the embedded database
     * counts UTF-16 units, so text columns are twice the longest text.
     */
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "challenge_id", nullable = false)
    private long challengeId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private ItalianRegion region;

    /** The challenge's themes, as {@code a,b,c}. */
    @Column(name = "themes", length = 500)
    private String themes;

    @Column(name = "name", nullable = false, length = 2 * EntryDetails.NAME_MAX)
    private String name;

    @Column(name = "repository_url", nullable = false, length = EntryDetails.URL_MAX)
    private String repositoryUrl;

    @Column(name = "landing_url", length = EntryDetails.URL_MAX)
    private String landingUrl;

    @Column(name = "licence", nullable = false, length = EntryDetails.LICENCE_MAX)
    private String licence;

    @Column(name = "software_type", nullable = false, length = 30)
    private String softwareType;

    @Column(name = "development_status", nullable = false, length = 20)
    private String developmentStatus;

    @Column(name = "categories", nullable = false, length = 1000)
    private String categories;

    @Column(name = "platforms", nullable = false, length = 1000)
    private String platforms;

    @Column(name = "languages", nullable = false, length = 1000)
    private String languages;

    @Column(name = "software_version", length = 2 * EntryDetails.VERSION_MAX)
    private String softwareVersion;

    @Column(name = "release_date", nullable = false)
    private LocalDate releaseDate;

    @Column(name = "maintenance_until", nullable = false)
    private LocalDate maintenanceUntil;

    @Column(name = "localisation_ready", nullable = false)
    private boolean localisationReady;

    @Column(name = "short_it", nullable = false, length = 2 * EntryDetails.SHORT_MAX)
    private String shortIt;

    @Lob
    @Column(name = "long_it", nullable = false)
    private String longIt;

    @Lob
    @Column(name = "features_it", nullable = false)
    private String featuresIt;

    @Column(name = "short_en", nullable = false, length = 2 * EntryDetails.SHORT_MAX)
    private String shortEn;

    @Lob
    @Column(name = "long_en", nullable = false)
    private String longEn;

    @Lob
    @Column(name = "features_en", nullable = false)
    private String featuresEn;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    /**
     * An officer of the owning body publishes the solution of a completed contract.
     *
     * @param region the owning body's region (null for a body outside Italy)
     * @param themes the challenge's themes
     */
    public CatalogueEntry(long contractId, long challengeId, long bodyId, long operatorId, ItalianRegion region,
            List<String> themes, EntryDetails details, long publishedBy, Instant now) {
        this.contractId = contractId;
        this.challengeId = challengeId;
        this.bodyId = bodyId;
        this.operatorId = operatorId;
        this.region = region;
        this.themes = themes == null || themes.isEmpty() ? null : String.join(",", themes);
        this.publishedBy = publishedBy;
        this.publishedAt = Objects.requireNonNull(now);
        apply(details, publishedBy, now);
    }

    /** An officer of the owning body changes what the catalogue says of the solution. */
    public void edit(EntryDetails details, long by, Instant now) {
        apply(details, by, now);
    }

    private void apply(EntryDetails d, long by, Instant now) {
        Objects.requireNonNull(d, "details");
        this.name = d.name();
        this.repositoryUrl = d.repositoryUrl();
        this.landingUrl = d.landingUrl();
        this.licence = d.licence();
        this.softwareType = d.softwareType();
        this.developmentStatus = d.developmentStatus();
        this.categories = String.join(SEPARATOR, d.categories());
        this.platforms = String.join(SEPARATOR, d.platforms());
        this.languages = String.join(SEPARATOR, d.availableLanguages());
        this.softwareVersion = d.softwareVersion();
        this.releaseDate = d.releaseDate();
        this.maintenanceUntil = d.maintenanceUntil();
        this.localisationReady = d.localisationReady();
        this.shortIt = d.italian().shortDescription();
        this.longIt = d.italian().longDescription();
        this.featuresIt = String.join(SEPARATOR, d.italian().features());
        this.shortEn = d.english().shortDescription();
        this.longEn = d.english().longDescription();
        this.featuresEn = String.join(SEPARATOR, d.english().features());
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Whether this body owns the solution (its officers edit it and read who is interested). */
    public boolean isOwnedBy(Long organisationId) {
        return organisationId != null && organisationId == bodyId;
    }

    /** Refuses an act of interest or adoption by the owning body itself (409). */
    void requireAnotherBody(long organisationId) {
        if (isOwnedBy(organisationId)) {
            throw SfideException.conflict("reuse.error.ownBody");
        }
    }

    /** The words the catalogue finds the entry by: its texts and the names given (the bodies, the operator). */
    public Set<String> searchTerms(String... names) {
        String[] texts = Arrays.copyOf(names, names.length + 7);
        texts[names.length] = name;
        texts[names.length + 1] = shortIt;
        texts[names.length + 2] = longIt;
        texts[names.length + 3] = featuresIt;
        texts[names.length + 4] = shortEn;
        texts[names.length + 5] = longEn;
        texts[names.length + 6] = featuresEn;
        return SearchTerms.of(texts);
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(SEPARATOR));
    }

    public Long getId() { return id; }
    public long getContractId() { return contractId; }
    public long getChallengeId() { return challengeId; }
    public long getBodyId() { return bodyId; }
    public long getOperatorId() { return operatorId; }
    public ItalianRegion getRegion() { return region; }
    public List<String> getThemes() { return themes == null ? List.of() : List.of(themes.split(",")); }
    public String getName() { return name; }
    public String getRepositoryUrl() { return repositoryUrl; }
    public String getLandingUrl() { return landingUrl; }
    public String getLicence() { return licence; }
    public String getSoftwareType() { return softwareType; }
    public String getDevelopmentStatus() { return developmentStatus; }
    public List<String> getCategories() { return split(categories); }
    public List<String> getPlatforms() { return split(platforms); }
    public List<String> getLanguages() { return split(languages); }
    public String getSoftwareVersion() { return softwareVersion; }
    public LocalDate getReleaseDate() { return releaseDate; }
    public LocalDate getMaintenanceUntil() { return maintenanceUntil; }
    public boolean isLocalisationReady() { return localisationReady; }
    public String getShortIt() { return shortIt; }
    public String getLongIt() { return longIt; }
    public List<String> getFeaturesIt() { return split(featuresIt); }
    public String getShortEn() { return shortEn; }
    public String getLongEn() { return longEn; }
    public List<String> getFeaturesEn() { return split(featuresEn); }
    public long getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
