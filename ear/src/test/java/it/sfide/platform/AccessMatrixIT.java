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
 * design and is held to the first rule only; that admins read no sealed content is ProposalSubmissionIT's. Writes
 * (body {@code {}}) on another organisation's public object are tried too: none may succeed unless it is one of the
 * {@link #OTHERS_MAY acts others may do on a public object}, and none may change the object as its owner reads it.
 * New endpoints are covered without editing this test.
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
    /**
     * Acts others may do on a public object, each with the act that undoes it: following a challenge or a body and
     * joining a community (and the reverse) change only the caller's own relation to the object; copying a
     * published challenge makes the caller a draft of its own. Tried like every other write; when one changed what
     * the caller reads, its reverse (when there is one) puts the demo data back for the other tests. Asking a
     * question, starting a proposal or posting are legitimate too but need a body: {@code {}} is refused.
     */
    static final Map<String, String> OTHERS_MAY = Map.of(
            // a new draft of the caller's own from another body's published challenge, crediting it: the original
            // is unchanged (checked) and drafts cannot be deleted through the API; other tests make drafts freely
            "POST /api/v1/challenges/{id}/copies", "",
            "PUT /api/v1/challenges/{id}/follow", "DELETE",
            "DELETE /api/v1/challenges/{id}/follow", "PUT",
            "PUT /api/v1/follows/bodies/{id}", "DELETE",
            "DELETE /api/v1/follows/bodies/{id}", "PUT",
            "PUT /api/v1/communities/{id}/membership", "DELETE",
            "DELETE /api/v1/communities/{id}/membership", "PUT");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> organisations = new HashMap<>();
    /** What each caller reads in the lists of the API: ids by the kind of object (the path segment naming it). */
    private final Map<String, Map<String, Set<String>>> seen = new HashMap<>();
    /**
     * Ids the caller reads in a list where a visitor does not (the caller's own: {@code /challenges/mine}, its
     * memberships, follows, proposals...).
     */
    private final Map<String, Map<String, Set<String>>> own = new HashMap<>();
    /** What a visitor reads in each list, by kind. */
    private final Map<String, Map<String, Set<String>>> visitorsLists = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int requests;
    private int publicWrites;

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

        String act() {
            return method + " " + PARAMETER.matcher(path).replaceAll("{id}");
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
            Map<String, Set<String>> owned = new HashMap<>();
            for (String list : lists) {
                HttpResponse<String> reply = call(caller, "GET", list);
                if (reply.statusCode() == 200 && reply.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/json")) {
                    JsonValue json = Json.createReader(new StringReader(reply.body())).readValue();
                    collect(json, kind(list), ids);
                    Map<String, Set<String>> inList = new HashMap<>();
                    collect(json, kind(list), inList);
                    if (caller.equals(ANONYMOUS)) {
                        visitorsLists.put(list, inList); // CALLERS starts with the visitor
                    } else {
                        Map<String, Set<String>> visitors = visitorsLists.getOrDefault(list, Map.of());
                        inList.forEach((kind, found) -> found.stream()
                                .filter(id -> !visitors.getOrDefault(kind, Set.of()).contains(id))
                                .forEach(id -> owned.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id)));
                    }
                }
            }
            seen.put(caller, ids);
            own.put(caller, owned);
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
        assertTrue(publicWrites > 50, "writes on public objects were tried: " + publicWrites);
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
        Map<String, String> ownersView = !endpoint.reads() && isPublic ? ownersView(endpoint, owner, id) : null;
        for (String caller : CALLERS) {
            if (caller.equals(owner) || organisations.get(caller) != null
                    && Objects.equals(organisations.get(caller), organisations.get(owner))) {
                continue;
            }
            boolean related = seen.get(caller).getOrDefault(endpoint.kind(), Set.of()).contains(id);
            boolean takesPart = own.get(caller).getOrDefault(endpoint.kind(), Set.of()).contains(id);
            if (!endpoint.reads() && (caller.equals("admin") || !isPublic && related || isPublic && takesPart)) {
                // acting on an object the caller takes part in (everyone sees a public one in the lists: there,
                // the caller's own lists tell), or as the platform admin, may be allowed, and would change the demo
                // data other tests read
                continue;
            }
            if (!endpoint.reads() && isPublic) {
                ownersView = writeOnPublicObject(endpoint, owner, id, caller, ownersView);
                continue;
            }
            HttpResponse<String> reply = endpoint.reads() && caller.equals(ANONYMOUS) ? asVisitor
                    : call(caller, endpoint.method(), url);
            noServerError(reply, caller, endpoint, id);
            if (!endpoint.reads() && reply.statusCode() / 100 == 2
                    && !(endpoint.method().equals("DELETE") && OTHERS_MAY.containsKey(endpoint.act()))) {
                // ending a relation one does not have (unfollowing) may answer 204 and change nothing
                problems.add(caller + " acts on " + owner + "'s object: " + endpoint.method() + " " + url + " -> "
                        + reply.statusCode() + " " + abbreviated(reply.body()));
            }
            if (endpoint.reads() && reply.statusCode() / 100 == 2 && asOwner.statusCode() / 100 == 2
                    && asVisitor.statusCode() / 100 != 2 && !related && !caller.equals("admin")
                    && !List.of("[]", "{}", "").contains(reply.body().strip())) {
                problems.add(caller + " reads " + owner + "'s object: GET " + url + " -> " + reply.statusCode() + " "
                        + abbreviated(reply.body()));
            }
        }
    }

    /**
     * Another organisation's caller writes on the owner's public object: no server error, no success unless the act
     * is one {@link #OTHERS_MAY others may do} (then undone if it changed what the caller reads), and the object as
     * its owner reads it is the same afterwards. Returns the owner's view after the call.
     */
    private Map<String, String> writeOnPublicObject(Endpoint endpoint, String owner, String id, String caller,
            Map<String, String> before) {
        String url = endpoint.with(id);
        String undo = OTHERS_MAY.get(endpoint.act());
        Map<String, String> callersView = undo == null ? null : callersView(endpoint, caller, id);
        HttpResponse<String> reply = call(caller, endpoint.method(), url);
        publicWrites++;
        noServerError(reply, caller, endpoint, id);
        if (reply.statusCode() / 100 == 2) {
            if (undo == null) {
                problems.add(caller + " acts on " + owner + "'s public object: " + endpoint.method() + " " + url + " -> "
                        + reply.statusCode() + " " + abbreviated(reply.body()));
            } else if (!undo.isEmpty() && !callersView(endpoint, caller, id).equals(callersView)) {
                HttpResponse<String> undone = call(caller, undo, url);
                if (undone.statusCode() / 100 != 2 || !callersView(endpoint, caller, id).equals(callersView)) {
                    problems.add(caller + ": " + undo + " " + url + " does not undo " + endpoint.method() + " -> "
                            + undone.statusCode() + " " + abbreviated(undone.body()));
                }
            }
        }
        Map<String, String> after = ownersView(endpoint, owner, id);
        if (!after.equals(before)) {
            problems.add(caller + "'s " + endpoint.method() + " " + url + " (" + reply.statusCode() + ") changed "
                    + owner + "'s object: " + difference(before, after));
        }
        return after;
    }

    /**
     * The object as its owner reads it: the object's address ({@code endpoint.object}), the endpoint's own path
     * and {@code /api/v1/<kind>/<id>}, each as status and body.
     */
    private Map<String, String> ownersView(Endpoint endpoint, String owner, String id) {
        Map<String, String> view = new java.util.TreeMap<>();
        for (String path : new LinkedHashSet<>(List.of(endpoint.object(id), endpoint.with(id),
                "/api/v1/" + endpoint.kind() + "/" + id))) {
            HttpResponse<String> reply = call(owner, "GET", path);
            view.put(path, reply.statusCode() + " " + reply.body());
        }
        return view;
    }

    /** What the caller reads of the object and of their own follows (what the acts others may do change). */
    private Map<String, String> callersView(Endpoint endpoint, String caller, String id) {
        Map<String, String> view = new java.util.TreeMap<>();
        for (String path : List.of(endpoint.object(id), "/api/v1/" + endpoint.kind() + "/" + id, "/api/v1/follows")) {
            HttpResponse<String> reply = call(caller, "GET", path);
            view.put(path, reply.statusCode() + " " + reply.body());
        }
        return view;
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (var entry : after.entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                changed.add(entry.getKey() + " was " + abbreviated(String.valueOf(before.get(entry.getKey())))
                        + " is " + abbreviated(entry.getValue()));
            }
        }
        return String.join("; ", changed);
    }

    private void noServerError(HttpResponse<String> reply, String caller, Endpoint endpoint, String id) {
        if (reply.statusCode() >= 500) {
            problems.add(caller + ": " + endpoint.method() + " " + endpoint.with(id) + " -> " + reply.statusCode() + " "
                    + abbreviated(reply.body()));
        }
    }

    /**
     * At most a few of the owner's ids of this kind: those a visitor does not see first, and always one a visitor
     * sees (a public object, on which others' writes are tried) among the owner's own when there is one.
     */
    private List<String> idsOf(String owner, String kind) {
        Set<String> publicIds = seen.get(ANONYMOUS).getOrDefault(kind, Set.of());
        List<String> ids = new ArrayList<>();
        seen.get(owner).getOrDefault(kind, Set.of()).stream().filter(id -> !publicIds.contains(id))
                .limit(IDS_PER_OWNER).forEach(ids::add);
        own.get(owner).getOrDefault(kind, Set.of()).stream().filter(publicIds::contains)
                .limit(Math.max(1, IDS_PER_OWNER - ids.size())).forEach(ids::add);
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
