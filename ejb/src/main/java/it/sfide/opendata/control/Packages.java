package it.sfide.opendata.control;

import it.sfide.opendata.OcdsRelease;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * OCDS 1.1 packages around published releases: the package metadata (publisher, licence CC BY 4.0, publication
 * policy, extensions), release packages, and records with their linked releases and compiled release.
 */
public final class Packages {

    public static final String VERSION = "1.1";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final String baseUrl;
    private final String publisherName;

    public Packages(String baseUrl, String publisherName) {
        this.baseUrl = baseUrl;
        this.publisherName = publisherName;
    }

    /** Where a process's release package is served. */
    public String releasePackageUri(String ocid) {
        return baseUrl + "/api/v1/ocds/releases/" + ocid;
    }

    /** Where a process's record package is served. */
    public String recordPackageUri(String ocid) {
        return baseUrl + "/api/v1/ocds/records/" + ocid;
    }

    /** A release package of these releases (oldest first), published at the date of the newest. */
    public JsonObject releasePackage(String uri, List<OcdsRelease> releases) {
        JsonObjectBuilder p = metadata(uri, newest(releases));
        JsonArrayBuilder array = Json.createArrayBuilder();
        releases.forEach(r -> array.add(parse(r.getBody())));
        return p.add("releases", array).build();
    }

    /** A record package of these processes' releases (each list oldest first); {@code extra} fields may be added. */
    public JsonObjectBuilder recordPackage(String uri, List<List<OcdsRelease>> processes) {
        JsonObjectBuilder p = metadata(uri, processes.stream().map(Packages::newest)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH));
        JsonArrayBuilder packages = Json.createArrayBuilder();
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (List<OcdsRelease> releases : processes) {
            String ocid = releases.get(0).getOcid();
            String packageUri = releasePackageUri(ocid);
            packages.add(packageUri);
            JsonArrayBuilder linked = Json.createArrayBuilder();
            for (OcdsRelease r : releases) {
                JsonArrayBuilder tags = Json.createArrayBuilder();
                r.getTags().forEach(tags::add);
                linked.add(Json.createObjectBuilder().add("url", packageUri + "#" + r.getReleaseId())
                        .add("date", ReleaseBuilder.instant(r.getReleasedAt())).add("tag", tags));
            }
            OcdsRelease last = releases.get(releases.size() - 1);
            JsonObject compiled = compiled(parse(last.getBody()), ocid);
            records.add(Json.createObjectBuilder().add("ocid", ocid).add("releases", linked)
                    .add("compiledRelease", compiled));
        }
        return p.add("packages", packages).add("records", records);
    }

    /**
     * The compiled release: as each release is a full state, the newest one, with the id of the compilation and
     * the tag "compiled".
     */
    static JsonObject compiled(JsonObject newest, String ocid) {
        JsonObjectBuilder b = Json.createObjectBuilder(newest);
        b.add("id", ocid + "-compiled");
        b.add("tag", Json.createArrayBuilder().add("compiled"));
        return b.build();
    }

    private JsonObjectBuilder metadata(String uri, Instant published) {
        JsonArrayBuilder extensions = Json.createArrayBuilder();
        ReleaseBuilder.EXTENSIONS.forEach(extensions::add);
        return Json.createObjectBuilder()
                .add("uri", uri)
                .add("version", VERSION)
                .add("extensions", extensions)
                .add("publisher", Json.createObjectBuilder().add("name", publisherName).add("uri", baseUrl + "/"))
                .add("license", LICENCE)
                .add("publicationPolicy", baseUrl + "/open-data.xhtml")
                .add("publishedDate", ReleaseBuilder.instant(published));
    }

    private static Instant newest(List<OcdsRelease> releases) {
        return releases.stream().map(OcdsRelease::getReleasedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
