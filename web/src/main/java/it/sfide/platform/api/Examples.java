package it.sfide.platform.api;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An example value for a schema, built from the examples of its properties (references followed, depth-limited). */
final class Examples {

    private static final int DEPTH = 4;

    private Examples() {
    }

    static Object of(Schema schema, Map<String, Schema> components) {
        return of(schema, components, null, 0);
    }

    private static Object of(Schema schema, Map<String, Schema> components, String name, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            return of(components.get(schema.getRef().substring(ApiSchemas.REF.length())), components, name, depth);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return of(schema.getAllOf().get(0), components, name, depth);
        }
        if (schema.getType() == null) {
            return null;
        }
        return switch (schema.getType()) {
            case ARRAY -> {
                Object item = of(schema.getItems(), components, name, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((n, p) -> object.put(n, of(p, components, n, depth + 1)));
                } else if (schema.getAdditionalPropertiesSchema() != null) {
                    object.put("key", of(schema.getAdditionalPropertiesSchema(), components, "key", depth + 1));
                }
                yield object;
            }
            default -> ApiSchemas.example(schema, name);
        };
    }
}
