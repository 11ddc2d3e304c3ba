package it.sfide.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a flood of anonymous refused calls costs the people working: every refusal is audited, and an audit record
 * is appended under the lock of the chain's head, which every audited act of a person takes too. Two phases of
 * the same length, one run: first {@code acts} threads follow and unfollow a challenge each as an operator (two
 * audited acts per loop) alone; then the same while {@code flood} threads call an address that does not exist
 * without a token as fast as the server answers (404, not audited: the cost of the requests themselves); then
 * while they call {@code GET /api/v1/me} without a token (401, each audited as a refusal). Prints the acts'
 * latency percentiles in each phase, the flooding calls per second and the ratios. Single-file program (JDK 17,
 * no dependencies), run by {@code perf/refusals.sh}:
 * <pre>java perf/refusals/RefusalFlood.java BASE TOKEN CHALLENGE[,CHALLENGE...] ACTS FLOOD SECONDS</pre>
 */
public final class RefusalFlood {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RefusalFlood() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        long[] challenges = java.util.Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        int acts = Integer.parseInt(args[3]);
        int flood = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);

        phase("warm-up (not kept)", base, token, challenges, acts, flood, "/api/v1/me", Math.max(5, seconds / 3));
        Result alone = phase("acts alone", base, token, challenges, acts, 0, "/api/v1/me", seconds);
        Result unaudited = phase("acts under " + flood + " anonymous callers of an address that does not exist "
                + "(404, not audited)", base, token, challenges, acts, flood, "/api/v1/no-such-resource", seconds);
        Result flooded = phase("acts under " + flood + " anonymous callers refused (401, each audited)", base,
                token, challenges, acts, flood, "/api/v1/me", seconds);
        System.out.printf("refusal flood vs alone: p50 x%.2f, p95 x%.2f, acts/s x%.2f%n", flooded.p(50) / alone.p(50),
                flooded.p(95) / alone.p(95), flooded.actsPerSecond() / alone.actsPerSecond());
        System.out.printf("refusal flood vs unaudited flood: p50 x%.2f, p95 x%.2f, acts/s x%.2f%n",
                flooded.p(50) / unaudited.p(50), flooded.p(95) / unaudited.p(95),
                flooded.actsPerSecond() / unaudited.actsPerSecond());
    }

    record Result(List<Long> micros, long refusals, long errors, int seconds) {
        double p(int percentile) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * micros.size()) - 1;
            return micros.get(Math.max(0, Math.min(index, micros.size() - 1))) / 1000.0;
        }

        double actsPerSecond() {
            return micros.size() / (double) seconds;
        }
    }

    private static Result phase(String name, String base, String token, long[] challenges, int acts, int flood,
            String floodPath, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refusals = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(acts + flood);
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(base + floodPath))
                .header("Accept", "application/json").GET().build();
        int expected = floodPath.equals("/api/v1/me") ? 401 : 404;
        for (int i = 0; i < acts; i++) {
            // each thread its own challenge: one person following one challenge twice at once is a conflict
            URI address = URI.create(base + "/api/v1/challenges/" + challenges[i % challenges.length] + "/follow");
            HttpRequest follow = HttpRequest.newBuilder(address).header("Authorization", "Bearer " + token)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build();
            HttpRequest unfollow = HttpRequest.newBuilder(address).header("Authorization", "Bearer " + token)
                    .DELETE().build();
            pool.submit(() -> {
                while (running.get()) {
                    for (HttpRequest act : List.of(follow, unfollow)) {
                        long start = System.nanoTime();
                        int status = send(act);
                        if (status == 204) {
                            latencies.add((System.nanoTime() - start) / 1000);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
        }
        for (int i = 0; i < flood; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    if (send(anonymous) == expected) {
                        refusals.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result result = new Result(sorted, refusals.get(), errors.get(), seconds);
        System.out.printf("%s, %d s: %d acts (%.1f/s) p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                + "%d flooding calls (%.0f/s); %d unexpected answers%n", name, seconds, sorted.size(),
                result.actsPerSecond(), result.p(50), result.p(95), result.p(99), result.p(100), refusals.get(),
                refusals.get() / (double) seconds, errors.get());
        return result;
    }

    private static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
