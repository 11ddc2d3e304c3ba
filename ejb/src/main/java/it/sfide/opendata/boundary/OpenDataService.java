package it.sfide.opendata.boundary;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.opendata.OcdsRelease;
import it.sfide.opendata.control.CsvExports;
import it.sfide.opendata.control.LastSweep;
import it.sfide.opendata.control.Packages;
import it.sfide.opendata.control.Releases;
import it.sfide.platform.Settings;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open data of contracting processes as OCDS 1.1 packages, for anyone: a process's release package and record
 * package (its changes published first, so they are never behind), a paged record package of every process, and
 * the bulk files, one release package per month (UTC) of release dates.
 */
@Stateless
@PermitAll
public class OpenDataService {

    private static final Logger LOG = Logger.getLogger(OpenDataService.class.getName());

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    ReleasePublisher publisher;

    @Inject
    Releases releases;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Settings settings;

    @Inject
    LastSweep lastSweep;

    @Inject
    java.time.Clock clock;

    /** All the releases of a process, oldest first, in a release package. */
    public JsonObject releasePackage(String ocid) {
        long challenge = refreshed(ocid);
        return packages().releasePackage(packages().releasePackageUri(ocid), releases.ofProcess(challenge));
    }

    /** The process's record: its releases linked, and its compiled release. */
    public JsonObject recordPackage(String ocid) {
        long challenge = refreshed(ocid);
        return packages().recordPackage(packages().recordPackageUri(ocid), List.of(releases.ofProcess(challenge)))
                .build();
    }

    /** A page of records, the most recently changed process first (page from 1), with links to its neighbours. */
    public JsonObject records(int page, int size) {
        fresh();
        int n = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int p = Math.max(1, page);
        long total = releases.processCount();
        List<List<OcdsRelease>> processes = new ArrayList<>();
        for (Object[] row : releases.processes((p - 1) * n, n)) {
            processes.add(releases.ofProcess((Long) row[0]));
        }
        String base = settings.baseUrl() + "/api/v1/ocds/records?size=" + n + "&page=";
        if (processes.isEmpty()) {
            throw SfideException.notFound("opendata.error.noPage");
        }
        JsonObjectBuilder links = Json.createObjectBuilder();
        if ((long) p * n < total) {
            links.add("next", base + (p + 1));
        }
        if (p > 1) {
            links.add("prev", base + (p - 1));
        }
        return packages().recordPackage(base + p, processes).add("links", links).build();
    }

    /** The months with releases, oldest first, with how many releases each holds. */
    public Map<YearMonth, Integer> months() {
        fresh();
        Map<YearMonth, Integer> months = new TreeMap<>();
        for (Instant date : releases.dates()) {
            months.merge(YearMonth.from(date.atZone(ZoneOffset.UTC)), 1, Integer::sum);
        }
        return months;
    }

    /** The bulk file of a month: every release dated in it (UTC), in date order. */
    public JsonObject month(YearMonth month) {
        fresh();
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<OcdsRelease> list = releases.between(from, to);
        if (list.isEmpty()) {
            throw SfideException.notFound("opendata.error.noMonth");
        }
        return packages().releasePackage(settings.baseUrl() + "/api/v1/ocds/bulk/" + month + ".json", list);
    }

    /** Whether the month is over (UTC): its bulk file no longer changes. */
    public boolean ended(YearMonth month) {
        return month.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    }

    /** The index of the bulk files: each month, its address and the number of its releases. */
    public JsonObject bulkIndex() {
        JsonArrayBuilder files = Json.createArrayBuilder();
        months().forEach((month, count) -> files.add(Json.createObjectBuilder().add("month", month.toString())
                .add("url", settings.baseUrl() + "/api/v1/ocds/bulk/" + month + ".json").add("releases", count)));
        return Json.createObjectBuilder().add("license", Packages.LICENCE)
                .add("publisher", publisherName()).add("files", files).build();
    }

    /** The kinds of CSV files. */
    public enum Csv { CHALLENGES, AWARDS, CONTRACTS }

    /** A CSV file of every process's current state (from their latest releases). */
    public String csv(Csv kind) {
        fresh();
        List<JsonObject> compiled = latestStates();
        return switch (kind) {
            case CHALLENGES -> CsvExports.challenges(compiled);
            case AWARDS -> CsvExports.awards(compiled);
            case CONTRACTS -> CsvExports.contracts(compiled);
        };
    }

    /** An award as the news feed announces it. */
    public record AwardNews(long challengeId, String ocid, String title, String titleEn, String buyer,
            String awardId, Instant date, List<String> suppliers) {
    }

    /** The latest awards (at most {@code max}), newest first, as their processes' latest releases describe them. */
    public List<AwardNews> latestAwards(int max) {
        fresh();
        List<AwardNews> news = new ArrayList<>();
        for (OcdsRelease latest : releases.latestOfEach()) {
            JsonObject r = Packages.parse(latest.getBody());
            if (!r.containsKey("awards")) {
                continue;
            }
            for (JsonObject a : r.getJsonArray("awards").getValuesAs(JsonObject.class)) {
                if (!a.containsKey("date")) {
                    continue;
                }
                List<String> suppliers = a.containsKey("suppliers") ? a.getJsonArray("suppliers")
                        .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name", "")).toList() : List.of();
                news.add(new AwardNews(latest.getChallengeId(), r.getString("ocid"),
                        r.getString("title", r.getString("ocid")), r.getString("title_en", null),
                        r.getJsonObject("buyer").getString("name", ""), a.getString("id"),
                        Instant.parse(a.getString("date")), suppliers));
            }
        }
        news.sort(java.util.Comparator.comparing(AwardNews::date).reversed());
        return news.subList(0, Math.min(max, news.size()));
    }

    private List<JsonObject> latestStates() {
        return releases.latestOfEach().stream().map(r -> Packages.parse(r.getBody())).toList();
    }

    /** Publishes the changes of every published process (the periodic sweep); how many new releases it made. */
    public int refreshAll() {
        int published = 0;
        for (Long id : challenges.publishedIds()) {
            Optional<Integer> before = releases.latest(id).map(OcdsRelease::getSeq);
            Optional<OcdsRelease> after = publishSafely(id);
            if (after.isPresent() && !after.map(OcdsRelease::getSeq).equals(before)) {
                published++;
            }
        }
        return published;
    }

    /** Publishes every process's changes first when this server has not done so for a minute. */
    private void fresh() {
        if (lastSweep.due(clock.instant())) {
            refreshAll();
        }
    }

    private long refreshed(String ocid) {
        long challenge = challenges.publishedIdOf(ocid)
                .orElseThrow(() -> SfideException.notFound("opendata.error.noProcess"));
        publishSafely(challenge);
        return challenge;
    }

    /** Publishes the process's changes; when another server published the same change first, reads its release. */
    private Optional<OcdsRelease> publishSafely(long challenge) {
        try {
            return publisher.publish(challenge);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "another server published process {0} first", challenge);
            return releases.latest(challenge);
        }
    }

    private Packages packages() {
        return new Packages(settings.baseUrl(), publisherName());
    }

    private String publisherName() {
        return settings.operator(Settings.OPERATOR_NAME).orElse("Sfide");
    }
}
