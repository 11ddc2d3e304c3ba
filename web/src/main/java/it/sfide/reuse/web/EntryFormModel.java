package it.sfide.reuse.web;

import it.sfide.reuse.EntryDetails;
import it.sfide.reuse.PublicCodeVocabulary;
import it.sfide.reuse.boundary.EntryForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the publishing form's fields hold: an {@link EntryForm} as inputs bind to it. Lists become text (features
 * one per line, languages and other platforms separated by commas) and the predefined platforms checkboxes.
 */
public class EntryFormModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String repositoryUrl;
    private String landingUrl;
    private String licence;
    private String softwareType;
    private String developmentStatus;
    private List<String> categories = new ArrayList<>();
    private List<String> platforms = new ArrayList<>();
    private String otherPlatforms;
    private String languages;
    private String softwareVersion;
    private LocalDate releaseDate;
    private LocalDate maintenanceUntil;
    private boolean localisationReady;
    private String shortIt;
    private String longIt;
    private String featuresIt;
    private String shortEn;
    private String longEn;
    private String featuresEn;

    static EntryFormModel of(EntryForm f) {
        EntryFormModel m = new EntryFormModel();
        m.name = f.name();
        m.repositoryUrl = f.repositoryUrl();
        m.landingUrl = f.landingUrl();
        m.licence = f.licence();
        m.softwareType = f.softwareType();
        m.developmentStatus = f.developmentStatus();
        m.categories = new ArrayList<>(f.categories() == null ? List.of() : f.categories());
        List<String> given = f.platforms() == null ? List.of() : f.platforms();
        m.platforms = new ArrayList<>(given.stream().filter(PublicCodeVocabulary.PLATFORMS::contains).toList());
        m.otherPlatforms = String.join(", ", given.stream().filter(p -> !PublicCodeVocabulary.PLATFORMS.contains(p))
                .toList());
        m.languages = String.join(", ", f.availableLanguages() == null ? List.of() : f.availableLanguages());
        m.softwareVersion = f.softwareVersion();
        m.releaseDate = f.releaseDate();
        m.maintenanceUntil = f.maintenanceUntil();
        m.localisationReady = Boolean.TRUE.equals(f.localisationReady());
        if (f.italian() != null) {
            m.shortIt = f.italian().shortDescription();
            m.longIt = f.italian().longDescription();
            m.featuresIt = String.join("\n", f.italian().features());
        }
        if (f.english() != null) {
            m.shortEn = f.english().shortDescription();
            m.longEn = f.english().longDescription();
            m.featuresEn = String.join("\n", f.english().features());
        }
        return m;
    }

    EntryForm form(Long contractId) {
        List<String> allPlatforms = new ArrayList<>(platforms == null ? List.of() : platforms);
        allPlatforms.addAll(commaList(otherPlatforms));
        return new EntryForm(contractId, name, repositoryUrl, landingUrl, licence, softwareType, developmentStatus,
                categories, allPlatforms, commaList(languages), softwareVersion, releaseDate, maintenanceUntil,
                localisationReady, new EntryDetails.Description(shortIt, longIt, EntryDetails.lines(featuresIt)),
                new EntryDetails.Description(shortEn, longEn, EntryDetails.lines(featuresEn)));
    }

    private static List<String> commaList(String text) {
        return text == null ? List.of() : List.of(text.strip().split("[,;\\s]+"));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRepositoryUrl() { return repositoryUrl; }
    public void setRepositoryUrl(String repositoryUrl) { this.repositoryUrl = repositoryUrl; }
    public String getLandingUrl() { return landingUrl; }
    public void setLandingUrl(String landingUrl) { this.landingUrl = landingUrl; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getSoftwareType() { return softwareType; }
    public void setSoftwareType(String softwareType) { this.softwareType = softwareType; }
    public String getDevelopmentStatus() { return developmentStatus; }
    public void setDevelopmentStatus(String developmentStatus) { this.developmentStatus = developmentStatus; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public List<String> getPlatforms() { return platforms; }
    public void setPlatforms(List<String> platforms) { this.platforms = platforms; }
    public String getOtherPlatforms() { return otherPlatforms; }
    public void setOtherPlatforms(String otherPlatforms) { this.otherPlatforms = otherPlatforms; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getSoftwareVersion() { return softwareVersion; }
    public void setSoftwareVersion(String softwareVersion) { this.softwareVersion = softwareVersion; }
    public LocalDate getReleaseDate() { return releaseDate; }
    public void setReleaseDate(LocalDate releaseDate) { this.releaseDate = releaseDate; }
    public LocalDate getMaintenanceUntil() { return maintenanceUntil; }
    public void setMaintenanceUntil(LocalDate maintenanceUntil) { this.maintenanceUntil = maintenanceUntil; }
    public boolean isLocalisationReady() { return localisationReady; }
    public void setLocalisationReady(boolean localisationReady) { this.localisationReady = localisationReady; }
    public String getShortIt() { return shortIt; }
    public void setShortIt(String shortIt) { this.shortIt = shortIt; }
    public String getLongIt() { return longIt; }
    public void setLongIt(String longIt) { this.longIt = longIt; }
    public String getFeaturesIt() { return featuresIt; }
    public void setFeaturesIt(String featuresIt) { this.featuresIt = featuresIt; }
    public String getShortEn() { return shortEn; }
    public void setShortEn(String shortEn) { this.shortEn = shortEn; }
    public String getLongEn() { return longEn; }
    public void setLongEn(String longEn) { this.longEn = longEn; }
    public String getFeaturesEn() { return featuresEn; }
    public void setFeaturesEn(String featuresEn) { this.featuresEn = featuresEn; }
}
