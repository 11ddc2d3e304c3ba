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
import java.util.concurrent.Future;

/**
 * The chair's dashboard at scale: for each committee given, the chair's consensus board
 * ({@code GET /api/v1/committees/{id}/consensus}) and the assignment board ({@code .../assignments}), each warmed
 * up, then called {@code requests} times one after the other, then by {@code clients} clients at once
 * ({@code requests} calls in all). Prints the latency percentiles (client side, whole response read), the response
 * size and a Markdown table line per endpoint. Single-file program (JDK 17, no dependencies), run by
 * {@code perf/dashboard.sh}:
 * <pre>java perf/dashboard/DashboardLoad.java BASE TOKEN LABEL=COMMITTEE[,LABEL=COMMITTEE...] REQUESTS CLIENTS WARMUP</pre>
 */
public final class DashboardLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private DashboardLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String[] committees = args[2].split(",");
        int requests = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        List<String> table = new ArrayList<>();
        for (String entry : committees) {
            String label = entry.substring(0, entry.indexOf('='));
            String id = entry.substring(entry.indexOf('=') + 1);
            for (String endpoint : List.of("consensus", "assignments")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/committees/" + id + "/"
                        + endpoint)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(120)).GET().build();
                for (int i = 0; i < warmup; i++) {
                    call(request);
                }
                List<Long> alone = new ArrayList<>();
                long bytes = 0;
                for (int i = 0; i < requests; i++) {
                    long[] r = call(request);
                    alone.add(r[0]);
                    bytes = r[1];
                }
                Collections.sort(alone);
                List<Long> together = Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int share = requests / clients + (c < requests % clients ? 1 : 0);
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < share; i++) {
                            together.add(call(request)[0]);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                List<Long> sorted = new ArrayList<>(together);
                Collections.sort(sorted);
                System.out.printf("%s %-11s sequential %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%d clients, %d calls: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.1f calls/s; %,d bytes%n",
                        label, endpoint, alone.size(), p(alone, 50), p(alone, 95), p(alone, 99), p(alone, 100),
                        clients, sorted.size(), p(sorted, 50), p(sorted, 95), p(sorted, 99),
                        sorted.size() / seconds, bytes);
                table.add(String.format("| %s | `%s` | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d |", label,
                        endpoint, p(alone, 50), p(alone, 95), p(alone, 99), p(alone, 100), p(sorted, 50),
                        p(sorted, 95), sorted.size() / seconds, bytes));
            }
        }
        System.out.println();
        System.out.println("| proposals / evaluators | endpoint | p50 ms | p95 ms | p99 ms | max ms | " + clients
                + " clients p50 ms | " + clients + " clients p95 ms | " + clients + " clients calls/s | bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double p(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
    }

    /** One call: its time in microseconds and the response's length; anything but 200 stops the run. */
    private static long[] call(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long micros = (System.nanoTime() - start) / 1000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new long[] {micros, response.body().length};
    }
}
