package it.sfide.platform;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role × endpoint matrix, generated from the OpenAPI document the portal publishes: every path with an id and
 * every method, called as a visitor and as each demo role with ids of objects belonging to another organisation
 * (found through the API as their owner) and with an id that does not exist. No call may end in a server error,
 * and no one of another organisation may read data of an object the owner reads and a visitor cannot (an empty
 * list or object is no data: the caller's own, none). The platform admin reads every organisation and challenge by
 * design and is held to the first rule only; that admins read no sealed content is ProposalSubmissionIT's. New
 * endpoints are covered without editing this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final String NONEXISTENT = "987654321";
    /** Owners whose objects the others try: a public body's officer and an operator. */
    private static final List<String> OWNERS = List.of("buyer1", "operator1");
    /** Everyone who tries, one per organisation and role (partners of the owners are left out). */
    private static final List<String> CALLERS = List.of(ANONYMOUS, "admin", "buyer1", "buyer3", "operator1",
            "operator3", "evaluator1");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final int IDS_PER_OWNER = 2;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> organisations = new HashMap<>();
    /** What each caller reads in the lists of the API: ids by the kind of object (the path segment naming it). */
    private final Map<String, Map<String, Set<String>>> seen = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int requests;

    record Endpoint(String method, String path) {

        /** The kind of object the first id names: the path segment before it ({@code challenges}). */
        String kind() {
            String before = path.substring(0, path.indexOf('{'));
            String[] segments = before.split("/");
            return segments[segments.length - 1];
        }

        String with(String id) {
            return PARAMETER.matcher(path).replaceAll(Matcher.quoteReplacement(id));
        }

        /** The object itself: the path up to its first id ({@code /api/v1/challenges/{id}}). */
        String object(String id) {
            Matcher first = PARAMETER.matcher(path);
            first.find();
            return path.substring(0, first.start()) + id;
        }

        boolean reads() {
            return method.equals("GET");
        }
    }

    @Test
    void noRoleReadsAnotherOrganisationsObjectsAndNoPathWithAnIdAnswersWithAServerError() {
        JsonObject paths = openApi().getJsonObject("paths");
        List<String> lists = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (var path : paths.entrySet()) {
            String full = path.getKey().startsWith("/api/") ? path.getKey() : "/api/v1" + path.getKey();
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                if (full.contains("{")) {
                    endpoints.add(new Endpoint(method.toUpperCase(java.util.Locale.ROOT), full));
                } else if (method.equals("get")) {
                    lists.add(full);
                }
            }
        }
        assertTrue(endpoints.size() > 40, "the OpenAPI document lists the paths with ids: " + endpoints);

        for (String caller : CALLERS) {
            String token = caller.equals(ANONYMOUS) ? null : api.token(caller, Api.DEMO_PASSWORD);
            tokens.put(caller, token);
            if (token != null) {
                JsonObject me = api.get("/api/v1/me", token).json();
                JsonValue organisation = me.get("organisation");
                organisations.put(caller, organisation instanceof JsonObject o ? o.getJsonNumber("id").longValue()
                        : null);
            }
            Map<String, Set<String>> ids = new HashMap<>();
            for (String list : lists) {
                HttpResponse<String> reply = call(caller, "GET", list);
                if (reply.statusCode() == 200 && reply.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/json")) {
                    collect(Json.createReader(new StringReader(reply.body())).readValue(), kind(list), ids);
                }
            }
            seen.put(caller, ids);
        }

        for (Endpoint endpoint : endpoints) {
            for (String owner : OWNERS) {
                for (String id : idsOf(owner, endpoint.kind())) {
                    tryAsOthers(endpoint, owner, id);
                }
            }
            for (String caller : CALLERS) {
                noServerError(call(caller, endpoint.method(), endpoint.with(NONEXISTENT)), caller, endpoint,
                        NONEXISTENT);
            }
        }
        assertTrue(requests > 300, "the matrix was walked: " + requests + " requests");
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + requests + " requests:\n"
                + String.join("\n", problems));
    }

    /** Every caller outside the owner's organisation calls the endpoint with the owner's object. */
    private void tryAsOthers(Endpoint endpoint, String owner, String id) {
        String url = endpoint.with(id);
        HttpResponse<String> asOwner = null;
        HttpResponse<String> asVisitor = null;
        boolean isPublic = call(ANONYMOUS, "GET", endpoint.object(id)).statusCode() / 100 == 2;
        if (endpoint.reads()) {
            asOwner = call(owner, "GET", url);
            asVisitor = call(ANONYMOUS, "GET", url);
            noServerError(asOwner, owner, endpoint, id);
        }
        for (String caller : CALLERS) {
            if (caller.equals(owner) || organisations.get(caller) != null
                    && Objects.equals(organisations.get(caller), organisations.get(owner))) {
                continue;
            }
            boolean related = seen.get(caller).getOrDefault(endpoint.kind(), Set.of()).contains(id);
            if (!endpoint.reads() && (isPublic || related || caller.equals("admin"))) {
                // acting on a public object (following, asking, proposing), on one the caller takes part in, or
                // as the platform admin, may be allowed, and would change the demo data other tests read
                continue;
            }
            HttpResponse<String> reply = endpoint.reads() && caller.equals(ANONYMOUS) ? asVisitor
                    : call(caller, endpoint.method(), url);
            noServerError(reply, caller, endpoint, id);
            if (endpoint.reads() && reply.statusCode() / 100 == 2 && asOwner.statusCode() / 100 == 2
                    && asVisitor.statusCode() / 100 != 2 && !related && !caller.equals("admin")
                    && !List.of("[]", "{}", "").contains(reply.body().strip())) {
                problems.add(caller + " reads " + owner + "'s object: GET " + url + " -> " + reply.statusCode() + " "
                        + abbreviated(reply.body()));
            }
        }
    }

    private void noServerError(HttpResponse<String> reply, String caller, Endpoint endpoint, String id) {
        if (reply.statusCode() >= 500) {
            problems.add(caller + ": " + endpoint.method() + " " + endpoint.with(id) + " -> " + reply.statusCode() + " "
                    + abbreviated(reply.body()));
        }
    }

    /** At most a few of the owner's ids of this kind, those a visitor does not see first. */
    private List<String> idsOf(String owner, String kind) {
        Set<String> publicIds = seen.get(ANONYMOUS).getOrDefault(kind, Set.of());
        List<String> ids = new ArrayList<>();
        seen.get(owner).getOrDefault(kind, Set.of()).stream().filter(id -> !publicIds.contains(id))
                .limit(IDS_PER_OWNER).forEach(ids::add);
        seen.get(owner).getOrDefault(kind, Set.of()).stream().filter(publicIds::contains)
                .limit(Math.max(0, IDS_PER_OWNER - ids.size())).forEach(ids::add);
        return ids;
    }

    private HttpResponse<String> call(String caller, String method, String path) {
        requests++;
        String body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH") ? "{}" : null;
        return api.exchange(method, path, tokens.get(caller), body);
    }

    /** The ids in a JSON answer, by kind: {@code id} of a list's items, {@code organisationId}, nested objects. */
    static void collect(JsonValue value, String kind, Map<String, Set<String>> ids) {
        if (value instanceof JsonObject object) {
            for (var field : object.entrySet()) {
                String name = field.getKey();
                if (field.getValue() instanceof JsonNumber number) {
                    if (name.equals("id")) {
                        ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(number.toString());
                    } else if (name.endsWith("Id") && name.length() > 2) {
                        ids.computeIfAbsent(plural(name.substring(0, name.length() - 2)), k -> new LinkedHashSet<>())
                                .add(number.toString());
                    }
                } else {
                    collect(field.getValue(), plural(name), ids);
                }
            }
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(item -> collect(item, kind, ids));
        }
    }

    private static String plural(String name) {
        return name.endsWith("s") ? name : name + "s";
    }

    /** The kind a list holds: its first segment after the version ({@code /api/v1/challenges/mine}). */
    private static String kind(String list) {
        String[] segments = list.substring("/api/v1/".length()).split("/");
        return segments[0].equals("admin") && segments.length > 1 ? segments[1] : segments[0];
    }

    private JsonObject openApi() {
        HttpResponse<String> reply = api.exchange("GET", "/openapi", null, null);
        if (!reply.body().strip().startsWith("{")) {
            reply = api.exchange("GET", "/openapi?format=JSON", null, null);
        }
        assertTrue(reply.statusCode() == 200 && reply.body().strip().startsWith("{"), "the OpenAPI document as JSON: "
                + reply.statusCode() + " " + abbreviated(reply.body()));
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String abbreviated(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
