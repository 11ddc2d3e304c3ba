package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person declares as an evaluator: their expertise (challenge themes and free keywords), used to match them
 * to proposals, and their affiliations (organisations they work or worked with, by name or tax code), used to find
 * conflicts of interest.
 */
@Entity
@Table(name = "evaluation_expertise")
@jakarta.persistence.NamedQuery(name = Expertise.OF_ACCOUNTS, query = "SELECT e FROM Expertise e WHERE e.accountId IN :ids")
public class Expertise {

    public static final String OF_ACCOUNTS = "Expertise.ofAccounts";

    public static final int THEMES_MAX = 20;
    public static final int KEYWORDS_MAX = 30;
    public static final int AFFILIATIONS_MAX = 20;
    private static final Pattern THEME = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]");

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "themes", length = 1000)
    private String themes;

    @Column(name = "keywords", length = 2000)
    private String keywords;

    @Column(name = "affiliations", length = 4000)
    private String affiliations;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Expertise() {
    }

    public Expertise(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** Replaces the declaration; unknown theme codes are dropped, keywords lower-cased, duplicates removed. */
    public void declare(List<String> themeCodes, String keywordText, String affiliationText, Instant now) {
        themes = join(themeCodes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> THEME.matcher(t).matches()).limit(THEMES_MAX).toList(), ",");
        keywords = join(split(keywordText).stream().map(k -> k.toLowerCase(Locale.ROOT))
                .map(k -> k.length() > 60 ? k.substring(0, 60) : k).limit(KEYWORDS_MAX).toList(), ",");
        affiliations = join(split(affiliationText).stream().map(a -> a.length() > 200 ? a.substring(0, 200) : a)
                .limit(AFFILIATIONS_MAX).toList(), "\n");
        updatedAt = now;
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> values, String separator) {
        Set<String> unique = new LinkedHashSet<>(values);
        return unique.isEmpty() ? null : String.join(separator, unique);
    }

    /** Themes and keywords, the terms matched against a proposal's. */
    public Set<String> terms() {
        Set<String> terms = new LinkedHashSet<>(getThemes());
        terms.addAll(getKeywords());
        return terms;
    }

    public long getAccountId() { return accountId; }
    public List<String> getThemes() { return themes == null ? List.of() : Arrays.asList(themes.split(",")); }
    public List<String> getKeywords() { return keywords == null ? List.of() : Arrays.asList(keywords.split(",")); }
    public List<String> getAffiliations() {
        return affiliations == null ? List.of() : Arrays.asList(affiliations.split("\n"));
    }
    public String keywordText() { return keywords == null ? "" : keywords.replace(",", ", "); }
    public String affiliationText() { return affiliations == null ? "" : affiliations; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "Expertise[" + accountId + "]";
    }

    static String normalise(String name) {
        return name == null ? "" : Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Whether a declared affiliation names this organisation (by its name, words compared, or its tax code). */
    public boolean affiliatedWith(String organisationName, String taxCode) {
        String name = normalise(organisationName);
        for (String a : getAffiliations()) {
            String n = normalise(a);
            if (!n.isEmpty() && (n.equals(name) || taxCode != null && n.equals(normalise(taxCode)))) {
                return true;
            }
        }
        return false;
    }
}
