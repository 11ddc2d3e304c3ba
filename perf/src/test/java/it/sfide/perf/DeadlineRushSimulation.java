package it.sfide.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The deadline rush: every operator of {@code target/rush/drafts-<challenge>.txt} (300) submits its prepared draft
 * (three 5 MB PDFs already uploaded) at a random moment of the last 60 seconds before the deadline
 * {@code sfide.deadline}; each one tries again one second after the deadline and must be refused (409). Asserts
 * the 95th percentile from submit to receipt at or under 1 s and no failed request.
 */
public class DeadlineRushSimulation extends Simulation {

    private static final String BASE = System.getProperty("sfide.base.url", "http://localhost:9080");
    private static final long CHALLENGE = Long.getLong("sfide.challenge");
    private static final Instant DEADLINE = Instant.parse(System.getProperty("sfide.deadline"));
    private static final int WINDOW_MS = 60_000;

    private static List<Map<String, Object>> operators() {
        List<Map<String, Object>> list = new ArrayList<>();
        Random random = new Random(20261123);
        for (String line : RushData.read("drafts-" + CHALLENGE + ".txt").split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3) {
                Map<String, Object> m = new HashMap<>();
                m.put("username", parts[0]);
                m.put("token", parts[1]);
                m.put("proposal", parts[2]);
                // the moment of the submission, uniform in the last 60 s (up to 300 ms before the deadline)
                m.put("at", DEADLINE.minusMillis(300 + random.nextInt(WINDOW_MS - 300)).toEpochMilli());
                list.add(m);
            }
        }
        return list;
    }

    private final ScenarioBuilder rush = scenario("deadline rush")
            .feed(operators().iterator())
            .pause(session -> Duration.ofMillis(Math.max(0, session.getLong("at") - System.currentTimeMillis())))
            .exec(http("submit before the deadline").post("/api/v1/proposals/#{proposal}/submit")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{username}-rush")
                    .check(status().is(200)).check(jsonPath("$.receiptProtocol").exists()))
            .pause(session -> Duration.ofMillis(Math.max(0, DEADLINE.toEpochMilli() + 1000
                    - System.currentTimeMillis())))
            .exec(http("submit after the deadline").post("/api/v1/proposals/#{proposal}/submit")
                    .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{username}-late")
                    .check(status().is(409)).check(jsonPath("$.code").is("proposal.error.deadlinePassed")));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json");

    {
        int users = operators().size();
        setUp(rush.injectOpen(atOnceUsers(users))).protocols(protocol)
                .maxDuration(Duration.ofMillis(DEADLINE.toEpochMilli() - System.currentTimeMillis() + 120_000))
                .assertions(details("submit before the deadline").responseTime().percentile(95.0).lte(1000),
                        details("submit before the deadline").successfulRequests().count().is((long) users),
                        global().failedRequests().count().is(0L));
    }
}
