package it.sfide.opendata.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The release tags (OCDS's closed releaseTag codelist) of a new full-state release, from what changed since the
 * previous one: the first release of a process is tagged by every stage it already holds; a later one by each
 * section that changed (a new award is "award", a changed one "awardUpdate", a contract that ends
 * "contractTermination"...).
 */
public final class ReleaseTags {

    private ReleaseTags() {
    }

    /** The tags of {@code current} (a state) after {@code previous} (the state before it, or null for the first). */
    public static List<String> between(JsonObject previous, JsonObject current) {
        Set<String> tags = new LinkedHashSet<>();
        JsonObject tender = current.getJsonObject("tender");
        boolean cancelled = tender != null && "cancelled".equals(tender.getString("status", ""));
        if (previous == null) {
            tags.add("tender");
            if (cancelled) {
                tags.add("tenderCancellation");
            }
            if (!array(current, "awards").isEmpty()) {
                tags.add("award");
            }
            if (!array(current, "contracts").isEmpty()) {
                tags.add("contract");
            }
            if (array(current, "contracts").stream().anyMatch(k -> k.asJsonObject().containsKey("implementation"))) {
                tags.add("implementation");
            }
            return List.copyOf(tags);
        }
        if (!Objects.equals(previous.get("planning"), current.get("planning"))) {
            tags.add("planningUpdate");
        }
        JsonObject before = previous.getJsonObject("tender");
        if (!Objects.equals(before, tender)) {
            if (cancelled && !"cancelled".equals(before == null ? "" : before.getString("status", ""))) {
                tags.add("tenderCancellation");
            } else if (array(tender, "amendments").size() > array(before, "amendments").size()) {
                tags.add("tenderAmendment");
            } else {
                tags.add("tenderUpdate");
            }
        }
        compare(byId(previous, "awards"), byId(current, "awards"), "award", "awardUpdate", tags);
        Map<String, JsonObject> contractsBefore = byId(previous, "contracts");
        for (Map.Entry<String, JsonObject> k : byId(current, "contracts").entrySet()) {
            JsonObject was = contractsBefore.get(k.getKey());
            JsonObject is = k.getValue();
            if (was == null) {
                tags.add("contract");
                if (is.containsKey("implementation")) {
                    tags.add("implementation");
                }
                continue;
            }
            if (!Objects.equals(without(was, "implementation"), without(is, "implementation"))) {
                boolean ended = "terminated".equals(is.getString("status", ""))
                        && !"terminated".equals(was.getString("status", ""));
                tags.add(ended ? "contractTermination" : "contractUpdate");
            }
            if (!Objects.equals(was.get("implementation"), is.get("implementation"))) {
                tags.add(was.containsKey("implementation") ? "implementationUpdate" : "implementation");
            }
        }
        if (tags.isEmpty()) {
            // the parties or the process's title changed alone: an update of the tender they belong to
            tags.add("tenderUpdate");
        }
        return List.copyOf(tags);
    }

    private static void compare(Map<String, JsonObject> before, Map<String, JsonObject> after, String added,
                                String changed, Set<String> tags) {
        for (Map.Entry<String, JsonObject> e : after.entrySet()) {
            JsonObject was = before.get(e.getKey());
            if (was == null) {
                tags.add(added);
            } else if (!was.equals(e.getValue())) {
                tags.add(changed);
            }
        }
    }

    private static JsonObject without(JsonObject o, String key) {
        var b = jakarta.json.Json.createObjectBuilder(o);
        b.remove(key);
        return b.build();
    }

    private static Map<String, JsonObject> byId(JsonObject o, String field) {
        Map<String, JsonObject> map = new HashMap<>();
        for (JsonValue v : array(o, field)) {
            JsonObject x = v.asJsonObject();
            map.put(x.getString("id"), x);
        }
        return map;
    }

    private static List<JsonValue> array(JsonObject o, String field) {
        if (o == null || !o.containsKey(field) || o.isNull(field)) {
            return new ArrayList<>();
        }
        JsonArray a = o.getJsonArray(field);
        return a;
    }
}
