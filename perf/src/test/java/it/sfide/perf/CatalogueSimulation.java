package it.sfide.perf;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The catalogue under load: 50 concurrent users, each searching the catalogue API again and again — reading the
 * results for 1 to 3 seconds between searches, as people do ({@code -Dsfide.think=false} removes the pause to find
 * the saturation point) — with a random mix of words (Italian and English, whole and prefixes), filters (type, status, theme, region, TRL, budget range,
 * deadline window, body) and sorts, a page at a time. Asserts the 95th percentile at or under 50 ms and no failed
 * request. Base address: {@code -Dsfide.base.url} (default http://localhost:9080); duration:
 * {@code -Dsfide.duration} seconds (default 60).
 */
public class CatalogueSimulation extends Simulation {

    private static final String BASE = System.getProperty("sfide.base.url", "http://localhost:9080");
    private static final int SECONDS = Integer.getInteger("sfide.duration", 60);
    private static final int USERS = Integer.getInteger("sfide.users", 50);
    private static final boolean THINK = Boolean.parseBoolean(System.getProperty("sfide.think", "true"));

    private static final List<String> WORDS = List.of("trasporto", "illuminazione", "rifiuti", "aria", "sanitari",
            "prenotazioni", "strade", "energetica", "turistica", "digitale", "ponti", "idriche", "anziani",
            "parcheggi", "archivi", "sicurezza", "agricoltura", "musei", "logistica", "comunit", "transport",
            "lighting", "waste", "health", "booking", "energy", "smart", "bridge", "water", "elderly", "parking",
            "sustainable", "milano", "bergamo", "roma", "torino", "napoli", "sost", "intell", "mobil");
    private static final List<String> TYPES = List.of("CHALLENGE_PRIZE", "MARKET_CONSULTATION", "PCP", "PPI",
            "INNOVATION_PARTNERSHIP");
    private static final List<String> STATUSES = List.of("PUBLISHED", "CLOSED", "CANCELLED");
    private static final List<String> THEMES = List.of("mobility", "energy", "environment", "health", "welfare",
            "digital-services", "smart-city", "water", "agrifood", "culture");
    private static final List<String> REGIONS = List.of("LOMBARDIA", "LAZIO", "PIEMONTE", "TOSCANA", "VENETO",
            "CAMPANIA", "SICILIA");
    private static final List<String> SORTS = List.of("NEWEST", "DEADLINE", "BUDGET", "TITLE");

    /** Each user's next query, different every time. */
    private static Iterator<Map<String, Object>> queries() {
        Random random = new Random();
        Supplier<Map<String, Object>> next = () -> Map.of("query", query(random));
        return Stream.generate(next).iterator();
    }

    static String query(Random r) {
        StringBuilder q = new StringBuilder("?size=20&page=").append(r.nextInt(3));
        int words = r.nextInt(3);
        if (words > 0) {
            q.append("&q=");
            for (int i = 0; i < words; i++) {
                q.append(i == 0 ? "" : "%20").append(WORDS.get(r.nextInt(WORDS.size())));
            }
        }
        if (r.nextInt(3) == 0) {
            q.append("&type=").append(TYPES.get(r.nextInt(TYPES.size())));
        }
        if (r.nextInt(2) == 0) {
            q.append("&status=").append(STATUSES.get(r.nextInt(STATUSES.size())));
        }
        if (r.nextInt(3) == 0) {
            q.append("&theme=").append(THEMES.get(r.nextInt(THEMES.size())));
        }
        if (r.nextInt(4) == 0) {
            q.append("&region=").append(REGIONS.get(r.nextInt(REGIONS.size())));
        }
        if (r.nextInt(5) == 0) {
            q.append("&trl=").append(1 + r.nextInt(9));
        }
        if (r.nextInt(4) == 0) {
            int min = r.nextInt(2_000) * 1_000;
            q.append("&budgetMin=").append(min).append("&budgetMax=").append(min + 1_000_000);
        }
        if (r.nextInt(5) == 0) {
            q.append("&deadlineFrom=2026-12-01&deadlineTo=2027-02-28");
        }
        if (r.nextInt(6) == 0) {
            q.append("&body=").append(1 + r.nextInt(3));
        }
        return q.append("&sort=").append(SORTS.get(r.nextInt(SORTS.size()))).toString();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .acceptLanguageHeader("it").shareConnections();

    private final ScenarioBuilder search = scenario("catalogue search")
            .forever().on(CoreDsl.feed(queries()).exec(http("search").get("/api/v1/challenges#{query}")
                    .check(status().is(200))).pause(THINK ? Duration.ofSeconds(1) : Duration.ZERO,
                            THINK ? Duration.ofSeconds(3) : Duration.ZERO));

    {
        setUp(search.injectClosed(rampConcurrentUsers(1).to(USERS).during(Duration.ofSeconds(10)),
                constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS + 15))
                .assertions(global().responseTime().percentile(95.0).lte(50),
                        global().failedRequests().count().is(0L));
    }
}
