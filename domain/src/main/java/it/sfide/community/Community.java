package it.sfide.community;

import it.sfide.shared.ValidationFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A thematic community: its names and descriptions in both languages and its theme. */
@Entity
@Table(name = "community")
@NamedQuery(name = Community.ALL, query = "SELECT c FROM Community c ORDER BY c.nameIt")
public class Community {

    public static final String ALL = "Community.all";
    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    private static final Pattern THEME = Pattern.compile("[a-z0-9-]{2,40}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_it", nullable = false, length = NAME_MAX)
    private String nameIt;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "description_it", length = DESCRIPTION_MAX)
    private String descriptionIt;

    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(name = "theme", length = 40)
    private String theme;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Community() {
    }

    public Community(String nameIt, String nameEn, String descriptionIt, String descriptionEn, String theme,
            String createdBy, Instant now) {
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        Texts.required(problems, "nameIt", nameIt, NAME_MAX);
        Texts.required(problems, "nameEn", nameEn, NAME_MAX);
        Texts.optional(problems, "descriptionIt", descriptionIt, DESCRIPTION_MAX);
        Texts.optional(problems, "descriptionEn", descriptionEn, DESCRIPTION_MAX);
        problems.check(theme == null || theme.isBlank() || THEME.matcher(theme).matches(), "theme",
                "challenge.error.theme");
        problems.throwIfAny();
        this.nameIt = nameIt.strip();
        this.nameEn = nameEn.strip();
        this.descriptionIt = Texts.orNull(descriptionIt);
        this.descriptionEn = Texts.orNull(descriptionEn);
        this.theme = Texts.orNull(theme);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
    }

    public Long getId() { return id; }
    public String getNameIt() { return nameIt; }
    public String getNameEn() { return nameEn; }
    public String getDescriptionIt() { return descriptionIt; }
    public String getDescriptionEn() { return descriptionEn; }
    public String getTheme() { return theme; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
