package it.sfide.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client of the running portal's REST API, as a third-party program would use it. */
public final class Api {

    public static final String BASE = System.getProperty("sfide.base.url", "http://localhost:8080");
    public static final String DEMO_PASSWORD = "Demo-password-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String language = "it";

    /** The same client asking for answers in another language ({@code Accept-Language}). */
    public Api inLanguage(String tag) {
        Api other = new Api();
        other.language = tag;
        return other;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).header("Accept", "application/json").GET());
    }

    /** A GET asking for a given content type (CSV, Atom). */
    public Reply get(String path, String token, String accept) {
        return send(request(path, token).header("Accept", accept).GET());
    }

    /** A GET accepting any content type, for the server's own endpoints (OpenAPI, metrics). */
    public Reply getAny(String path) {
        return send(request(path, null).header("Accept", "*/*").GET());
    }

    public Reply post(String path, String token, String json) {
        return send(request(path, token).header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** A POST with one more header (e.g. {@code Idempotency-Key}). */
    public Reply post(String path, String token, String json, String header, String value) {
        return send(request(path, token).header("Accept", "application/json").header("Content-Type", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** A multipart upload of one file in the field {@code file}, as a browser form sends it. */
    public Reply upload(String path, String token, String fileName, byte[] content, String contentType) {
        return upload(path, token, fileName, content, contentType, 1);
    }

    /** A multipart request carrying the same file in {@code parts} parts named "file". */
    public Reply upload(String path, String token, String fileName, byte[] content, String contentType, int parts) {
        return upload(path, token, fileName, content, contentType, parts, "file");
    }

    /** A multipart request carrying the same file in {@code parts} parts named {@code field}. */
    public Reply upload(String path, String token, String fileName, byte[] content, String contentType, int parts,
            String field) {
        String boundary = "sfide-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            body.writeBytes(((i == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"" + field + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(content);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** One part of a multipart request: a field ({@code fileName} null) or a file. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part field(String name, String value) {
            return new Part(name, null, "text/plain; charset=UTF-8",
                    value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public static Part file(String fileName, String contentType, byte[] content) {
            return new Part("file", fileName, contentType, content);
        }
    }

    /** A multipart request of these parts, in order. */
    public Reply multipart(String path, String token, java.util.List<Part> parts) {
        String boundary = "sfide-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The raw bytes of a GET (a PDF), with its status. */
    public byte[] bytes(String path, String token) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, token).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String token, String json) {
        return send(request(path, token).header("Accept", "application/json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).header("Accept", "application/json").DELETE());
    }

    /** The id of the organisation of the token's owner, as {@code GET /api/v1/me} says. */
    public long organisationOf(String token) {
        return get("/api/v1/me", token).json().getJsonObject("organisation").getJsonNumber("id").longValue();
    }

    /** A new personal token for the account; fails the test if the credentials are refused. */
    public String token(String username, String password) {
        Reply reply = post("/api/v1/tokens", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).add("name", "integration test").build()
                .toString());
        if (reply.status() != 201) {
            throw new AssertionError("token for " + username + ": " + reply);
        }
        return reply.json().getString("token");
    }

    /**
     * Any method on any path, with a JSON body for the methods that carry one (or another body, with its
     * {@code Content-Type} among the headers) and extra headers (name, value, …): the whole response, headers
     * included.
     */
    public HttpResponse<String> exchange(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = request(path, token).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type")
                    .orElse(""), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, body, content type and {@code Retry-After} (null when absent) of a response. */
    public record Reply(int status, String body, String contentType, String retryAfter) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
