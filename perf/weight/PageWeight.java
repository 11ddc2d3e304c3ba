package it.sfide.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weight of pages as a browser gets them: for each page, a first visit (empty cache, no cookies) and a repeat
 * visit (the cache of the first), each {@code runs} times, in a real headless Chromium (Debian's
 * {@code /usr/bin/chromium}) driven over the DevTools protocol. Per visit: the bytes transferred (the sum of the
 * network's {@code encodedDataLength}, headers included, what Chromium counts in its DevTools "transferred"), the
 * requests that went to the network, and the load time (navigation start to the load event, from the page's
 * Performance API). Prints min / median / max per page and visit, and a Markdown table line. Single-file program
 * (JDK 17, no dependencies), run by {@code perf/weight.sh}; {@code SFIDE_WEIGHT_ENCODING=identity} sends that
 * {@code Accept-Encoding} instead of the browser's, to see what the pages weigh uncompressed:
 * <pre>java perf/weight/PageWeight.java BASE RUNS PATH [PATH...]</pre>
 */
public final class PageWeight {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern METHOD = Pattern.compile("\"method\":\"([A-Za-z.]+)\"");
    private static final Pattern LENGTH = Pattern.compile("\"encodedDataLength\":([0-9.]+)");
    private static final Pattern FROM_CACHE = Pattern.compile("\"fromDiskCache\":true|\"fromMemoryCache\"");
    private static final Pattern VALUE = Pattern.compile("\"value\":\"?([0-9.]+)");

    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    private PageWeight(WebSocket.Builder builder, URI page) {
        StringBuilder partial = new StringBuilder();
        this.socket = builder.buildAsync(page, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    Matcher id = ID.matcher(message);
                    if (id.find()) {
                        CompletableFuture<String> answer = answers.remove(Integer.parseInt(id.group(1)));
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    private String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return answer.get(60, TimeUnit.SECONDS);
    }

    /** One visit: bytes transferred, requests to the network, milliseconds to the load event. */
    private double[] visit(String url) throws Exception {
        call("Page.navigate", "{\"url\":\"about:blank\"}");
        Thread.sleep(300);
        events.clear();
        call("Page.navigate", "{\"url\":\"" + url + "\"}");
        double bytes = 0;
        int requests = 0;
        boolean loaded = false;
        long quietUntil = Long.MAX_VALUE;
        long deadline = System.currentTimeMillis() + 60_000;
        // until the load event, then 1 s without network events (fonts and late scripts)
        while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
            String event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event == null) {
                continue;
            }
            Matcher method = METHOD.matcher(event);
            if (!method.find()) {
                continue;
            }
            switch (method.group(1)) {
                case "Network.loadingFinished" -> {
                    Matcher length = LENGTH.matcher(event);
                    if (length.find()) {
                        bytes += Double.parseDouble(length.group(1));
                    }
                }
                case "Network.responseReceived" -> {
                    if (!FROM_CACHE.matcher(event).find()) {
                        requests++;
                    }
                }
                case "Page.loadEventFired" -> loaded = true;
                default -> { }
            }
            if (loaded) {
                quietUntil = System.currentTimeMillis() + 1000;
            }
        }
        String timing = call("Runtime.evaluate", "{\"expression\":\"(function(){var n=performance.getEntriesByType"
                + "('navigation')[0];return n.loadEventEnd-n.startTime;})()\",\"returnByValue\":true}");
        Matcher value = VALUE.matcher(timing);
        double millis = value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
        return new double[] {bytes, requests, millis};
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[1]);
        List<String> paths = List.of(args).subList(2, args.length);
        Path profile = Files.createTempDirectory("sfide-weight-");
        Process chromium = new ProcessBuilder(System.getProperty("sfide.chromium", "/usr/bin/chromium"),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--accept-lang=it-IT,it", "--window-size=1280,1000", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            for (int i = 0; i < 100 && !Files.exists(portFile); i++) {
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = Pattern.compile("\"type\": \"page\"[^}]*?\"webSocketDebuggerUrl\": \"([^\"]+)\"|"
                    + "\"webSocketDebuggerUrl\": \"(ws://[^\"]+/devtools/page/[^\"]+)\"").matcher(list);
            if (!page.find()) {
                throw new IllegalStateException("no page target in " + list);
            }
            String ws = page.group(1) != null ? page.group(1) : page.group(2);
            PageWeight browser = new PageWeight(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)),
                    URI.create(ws));
            browser.call("Network.enable", "{}");
            browser.call("Page.enable", "{}");
            String encoding = System.getenv("SFIDE_WEIGHT_ENCODING");
            if (encoding != null && !encoding.isBlank()) {
                // e.g. "identity": what the pages weigh without compression, for comparison
                browser.call("Network.setExtraHTTPHeaders", "{\"headers\":{\"Accept-Encoding\":\"" + encoding + "\"}}");
                System.out.println("# Accept-Encoding: " + encoding);
            }
            List<String> table = new ArrayList<>();
            for (String path : paths) {
                String url = base + path;
                List<double[]> first = new ArrayList<>();
                List<double[]> repeat = new ArrayList<>();
                browser.visit(url); // warms the server's pages and resources, not counted
                for (int i = 0; i < runs; i++) {
                    browser.call("Network.clearBrowserCache", "{}");
                    browser.call("Network.clearBrowserCookies", "{}");
                    first.add(browser.visit(url));
                    repeat.add(browser.visit(url));
                }
                table.add("| `" + path + "` | " + cell(first, 0) + " | " + cell(first, 1) + " | " + cell(first, 2)
                        + " | " + cell(repeat, 0) + " | " + cell(repeat, 1) + " | " + cell(repeat, 2) + " |");
                System.out.printf("%s%n  first visit:  %s KB, %s requests, %s ms to load%n"
                        + "  repeat visit: %s KB, %s requests, %s ms to load%n", path, cell(first, 0), cell(first, 1),
                        cell(first, 2), cell(repeat, 0), cell(repeat, 1), cell(repeat, 2));
            }
            System.out.println();
            System.out.println("| page | first visit KB (min / median / max) | requests | load ms | repeat visit KB"
                    + " | requests | load ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            table.forEach(System.out::println);
        } finally {
            chromium.destroy();
            chromium.waitFor(10, TimeUnit.SECONDS);
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover profile is harmless
            }
        }
    }

    /** min / median / max of one measure over the runs (bytes in KB). */
    private static String cell(List<double[]> visits, int measure) {
        List<Double> values = visits.stream().map(v -> measure == 0 ? v[0] / 1024 : v[measure]).sorted().toList();
        String format = measure == 1 ? "%.0f" : measure == 0 ? "%.1f" : "%.0f";
        double min = values.get(0);
        double median = values.get(values.size() / 2);
        double max = values.get(values.size() - 1);
        if (measure == 1 && min == max) {
            return String.format(format, min);
        }
        return String.format(format + " / " + format + " / " + format, min, median, max);
    }
}
