package it.sfide.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Prepares the deadline rush and measures Sfide's whole pipeline at capacity: {@code sfide.workers} loops (default
 * 2) take the generated operators one after another; each starts its draft on the challenge
 * {@code sfide.challenge}, saves complete sections and uploads three 5 MB PDFs; with {@code -Dsfide.submit=true}
 * it also submits (the capacity run: bytes in, hashed, checked, encrypted, stored, sealed, receipted). The drafts
 * made are written to {@code target/rush/drafts-<challenge>.txt} (username, token, proposal id), and how many in how
 * many seconds (from the first request to the last answer, without Gatling's own start) to
 * {@code elapsed-<challenge>.txt}.
 */
public class RushPreparationSimulation extends Simulation {

    private static final String BASE = System.getProperty("sfide.base.url", "http://localhost:9080");
    private static final long CHALLENGE = Long.getLong("sfide.challenge");
    private static final int WORKERS = Integer.getInteger("sfide.workers", 2);
    private static final int FIRST = Integer.getInteger("sfide.from", 0);
    private static final int COUNT = Integer.getInteger("sfide.count", 300);
    private static final boolean SUBMIT = Boolean.getBoolean("sfide.submit");
    private static final String SECTIONS = "{\"title\":\"Proposta di prova\",\"summary\":\"Sintesi\","
            + "\"solution\":\"Soluzione\",\"team\":\"Gruppo\",\"budget\":90000,\"budgetLines\":[{\"item\":"
            + "\"Personale\",\"amount\":90000}],\"trlCurrent\":4,\"trlTarget\":7,\"ipTerms\":\"Licenza\"}";

    private final ConcurrentLinkedQueue<Map<String, Object>> queue = new ConcurrentLinkedQueue<>(
            RushData.operators().subList(FIRST, FIRST + COUNT));
    private final Map<String, String> drafts = new ConcurrentHashMap<>();

    private final Iterator<Map<String, Object>> feeder = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            Map<String, Object> next = queue.poll();
            return next == null ? Map.of("username", "", "token", "") : next;
        }
    };

    private ChainBuilder upload(int n) {
        return exec(http("upload 5 MB").post("/api/v1/proposals/#{proposal}/attachments")
                .header("Authorization", "Bearer #{token}")
                .formUpload("file", RushData.pdf(n).toString()).check(status().is(201)));
    }

    private final ChainBuilder prepare = feed(feeder)
            .doIf(session -> !session.getString("username").isEmpty()).then(
                    exec(http("start draft").post("/api/v1/challenges/" + CHALLENGE + "/proposals")
                            .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                            .body(StringBody("{\"phase\":1}")).check(status().is(201))
                            .check(jsonPath("$.id").saveAs("proposal")))
                    .exec(http("save sections").put("/api/v1/proposals/#{proposal}/sections")
                            .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                            .body(StringBody(SECTIONS)).check(status().is(200)))
                    .exec(upload(1), upload(2), upload(3))
                    .doIf(session -> SUBMIT).then(exec(http("submit").post("/api/v1/proposals/#{proposal}/submit")
                            .header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{username}-capacity").check(status().is(200))))
                    .exec(session -> {
                        drafts.put(session.getString("username"), session.getString("token") + " "
                                + session.getString("proposal"));
                        return session;
                    }));

    private final ScenarioBuilder scenario = scenario("prepare drafts")
            .asLongAs(session -> !queue.isEmpty()).on(prepare);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .shareConnections();

    {
        setUp(scenario.injectOpen(atOnceUsers(WORKERS))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private long started;

    @Override
    public void before() {
        started = System.nanoTime();
    }

    @Override
    public void after() {
        double seconds = (System.nanoTime() - started) / 1e9;
        RushData.write("elapsed-" + CHALLENGE + ".txt", String.format(java.util.Locale.ROOT, "%d %.3f%n",
                drafts.size(), seconds));
        StringBuilder lines = new StringBuilder();
        drafts.forEach((user, value) -> lines.append(user).append(' ').append(value).append('\n'));
        RushData.write("drafts-" + CHALLENGE + ".txt", lines.toString());
    }
}
