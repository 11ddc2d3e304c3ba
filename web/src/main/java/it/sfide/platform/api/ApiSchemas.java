package it.sfide.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON schema of a Java type as the API's JSON-B writes it ({@link JsonConfiguration}: records by their
 * components, other classes by their public getters and fields, every absent value as an explicit null), with an
 * example value on every property. Records and classes become named components ({@link #components()}); a nested
 * type is named with its enclosing type, less a {@code Resource} or {@code Service} suffix
 * ({@code ProposalResource.Answer} is {@code ProposalAnswer}).
 */
final class ApiSchemas {

    static final String REF = "#/components/schemas/";

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new java.util.HashMap<>();

    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a type: inline for simple types and containers, a reference for records and classes. */
    Schema of(Type type) {
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(of(args[1]));
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return ofClass(raw);
        }
        if (type instanceof GenericArrayType g) {
            return array(of(g.getGenericComponentType()));
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return of(v.getBounds()[0]);
        }
        return OASFactory.createSchema();
    }

    private Schema ofClass(Class<?> c) {
        Schema simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c.isArray()) {
            return array(of(c.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(OASFactory.createSchema());
        }
        if (Map.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true);
        }
        if (c == Object.class || c.isInterface() && !c.isSealed()) {
            return OASFactory.createSchema();
        }
        return OASFactory.createSchema().ref(REF + component(c));
    }

    private String component(Class<?> c) {
        String known = names.get(c);
        if (known != null) {
            return known;
        }
        String name = name(c);
        while (components.containsKey(name)) {
            name = name + "_";
        }
        names.put(c, name);
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        components.put(name, schema); // before the properties: a type may refer to itself
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                schema.addProperty(component.getName(), property(component.getGenericType(), component.getName()));
            }
        } else {
            Map<String, Type> properties = new TreeMap<>();
            for (Method m : c.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class) {
                    String n = m.getName();
                    if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
                        properties.put(decapitalize(n.substring(3)), m.getGenericReturnType());
                    } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                        properties.put(decapitalize(n.substring(2)), m.getGenericReturnType());
                    }
                }
            }
            for (Field f : c.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    properties.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
            properties.forEach((n, t) -> schema.addProperty(n, property(t, n)));
        }
        return name;
    }

    private Schema property(Type type, String name) {
        Schema schema = of(type);
        boolean primitive = type instanceof Class<?> c && c.isPrimitive();
        if (schema.getRef() != null) {
            // a $ref takes no siblings in OpenAPI 3.0: a nullable reference is an allOf of one
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).addAllOf(schema).nullable(true);
        }
        if (!primitive && schema.getType() != null) {
            schema.setNullable(true);
        }
        if (schema.getExample() == null && schema.getType() != null) {
            schema.setExample(example(schema, name));
        }
        return schema;
    }

    /** An example of a property's value, by its type and name. */
    static Object example(Schema schema, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        return switch (schema.getType()) {
            case INTEGER -> n.endsWith("id") || n.endsWith("ids") ? 42 : 3;
            case NUMBER -> n.contains("weight") || n.contains("score") ? 7.5 : new BigDecimal("150000.00");
            case BOOLEAN -> true;
            case ARRAY -> null;
            case OBJECT -> null;
            case STRING -> stringExample(schema.getFormat(), n);
            default -> null;
        };
    }

    private static String stringExample(String format, String n) {
        if ("date-time".equals(format)) {
            return "2026-03-02T09:00:00Z";
        }
        if ("date".equals(format)) {
            return "2026-03-02";
        }
        if ("byte".equals(format)) {
            return "JVBERi0xLjcK";
        }
        if ("uuid".equals(format)) {
            return "3f0e6a2c-8a7b-4d7e-9c1a-2b5f6e7d8c9a";
        }
        if (n.contains("email")) {
            return "name@example.org";
        }
        if (n.contains("sha256") || n.contains("hash")) {
            return "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        }
        if (n.contains("protocol")) {
            return "SFIDE-2026-000042";
        }
        if (n.contains("url") || n.contains("link")) {
            return "https://sfide.example.org/challenges/42";
        }
        if (n.contains("name")) {
            return "Regione Lombardia";
        }
        if (n.contains("title")) {
            return "Smart irrigation for public parks";
        }
        if (n.contains("code")) {
            return "error.notFound";
        }
        if (n.contains("lang") || n.contains("locale")) {
            return "it";
        }
        return "text";
    }

    private static Schema simple(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class || c == CharSequence.class) {
            return type(Schema.SchemaType.STRING, null);
        }
        if (c == long.class || c == Long.class || c == OptionalLong.class || c == BigInteger.class) {
            return type(Schema.SchemaType.INTEGER, "int64");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class || c == OptionalInt.class) {
            return type(Schema.SchemaType.INTEGER, "int32");
        }
        if (c == double.class || c == Double.class) {
            return type(Schema.SchemaType.NUMBER, "double");
        }
        if (c == float.class || c == Float.class) {
            return type(Schema.SchemaType.NUMBER, "float");
        }
        if (c == BigDecimal.class) {
            return type(Schema.SchemaType.NUMBER, null);
        }
        if (c == boolean.class || c == Boolean.class) {
            return type(Schema.SchemaType.BOOLEAN, null);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return type(Schema.SchemaType.STRING, "date-time");
        }
        if (c == LocalDateTime.class || c == LocalTime.class || c == Duration.class || c == ZoneId.class
                || ZoneId.class.isAssignableFrom(c) || c == java.util.Locale.class || c == java.net.URI.class) {
            return type(Schema.SchemaType.STRING, null);
        }
        if (c == LocalDate.class) {
            return type(Schema.SchemaType.STRING, "date");
        }
        if (c == UUID.class) {
            return type(Schema.SchemaType.STRING, "uuid");
        }
        if (c == byte[].class) {
            // JSON-B's default binary strategy: an array of numbers
            return array(type(Schema.SchemaType.INTEGER, "int32"));
        }
        if (c.isEnum()) {
            Schema schema = type(Schema.SchemaType.STRING, null);
            for (Object constant : c.getEnumConstants()) {
                schema.addEnumeration(((Enum<?>) constant).name());
            }
            return schema;
        }
        return null;
    }

    private static Schema type(Schema.SchemaType type, String format) {
        return OASFactory.createSchema().type(type).format(format);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
    }

    private static String name(Class<?> c) {
        StringBuilder name = new StringBuilder();
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            String simple = t.getSimpleName();
            if (t != c) {
                simple = simple.replaceAll("(Resource|Service)$", "");
            }
            name.insert(0, simple);
        }
        return name.toString();
    }

    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
