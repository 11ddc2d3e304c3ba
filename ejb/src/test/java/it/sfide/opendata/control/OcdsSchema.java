package it.sfide.opendata.control;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks OCDS packages against the official OCDS 1.1.5 schemas vendored in {@code standards/ocds} (JSON Schema
 * draft-04, formats asserted, their {@code https://standard.open-contracting.org/schema/1__1__5/} ids mapped to the
 * local copies: no network), plus what the schemas cannot say: the ids of the objects in each array are unique
 * (parties, awards, contracts, documents, lots, milestones, transactions, enquiries, amendments…). Public for the
 * integration tests, which check what the running portal serves.
 */
public final class OcdsSchema {

    private static final String ID = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID, "classpath:standards/ocds/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                            .locale(Locale.ENGLISH).build()));

    private static final Schema RELEASE_PACKAGE = REGISTRY.getSchema(SchemaLocation.of(ID + "release-package-schema.json"));
    private static final Schema RECORD_PACKAGE = REGISTRY.getSchema(SchemaLocation.of(ID + "record-package-schema.json"));

    private OcdsSchema() {
    }

    /** The objections to a release package (schema and unique ids), one line each; empty when it is valid. */
    public static List<String> releasePackageProblems(String json) {
        return problems(RELEASE_PACKAGE, json);
    }

    /** The objections to a record package, one line each; empty when it is valid. */
    public static List<String> recordPackageProblems(String json) {
        return problems(RECORD_PACKAGE, json);
    }

    private static List<String> problems(Schema schema, String json) {
        List<String> problems = new ArrayList<>(schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString).toList());
        walk(jakarta.json.Json.createReader(new java.io.StringReader(json)).readValue(), "$", problems);
        return problems;
    }

    private static void walk(jakarta.json.JsonValue value, String path, List<String> problems) {
        if (value instanceof jakarta.json.JsonObject o) {
            for (Map.Entry<String, jakarta.json.JsonValue> e : o.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), problems);
            }
        } else if (value instanceof jakarta.json.JsonArray a) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < a.size(); i++) {
                jakarta.json.JsonValue item = a.get(i);
                if (item instanceof jakarta.json.JsonObject o && o.containsKey("id") && !o.isNull("id")) {
                    String id = o.get("id").toString();
                    if (!seen.add(id)) {
                        problems.add(path + "[" + i + "]: id " + id + " is not unique in its array");
                    }
                }
                walk(item, path + "[" + i + "]", problems);
            }
        }
    }
}
