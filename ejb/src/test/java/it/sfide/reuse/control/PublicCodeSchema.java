package it.sfide.reuse.control;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the tests read a publiccode.yml: as a YAML 1.2 reader (Jackson over snakeyaml-engine, duplicate keys
 * refused) and as a YAML 1.1 reader (SnakeYAML, safe constructor), and against the JSON Schema of the standard in
 * {@code standards/publiccode} (2020-12, formats asserted). Public for the integration tests, which check the
 * files the running portal serves against the same schema.
 */
public final class PublicCodeSchema {

    static final String LOCATION = "/standards/publiccode/publiccode-0.4.schema.json";

    private static final YAMLMapper YAML_1_2 = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Schema SCHEMA = load();

    private PublicCodeSchema() {
    }

    /** The file as a YAML 1.2 reader sees it, as JSON. */
    public static JsonNode read(byte[] utf8) {
        return YAML_1_2.readTree(utf8);
    }

    /** The file as a YAML 1.1 reader sees it (SnakeYAML's safe constructor: maps, lists, strings, booleans…). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readAsYaml11(byte[] utf8) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        return (Map<String, Object>) yaml.load(new String(utf8, StandardCharsets.UTF_8));
    }

    /** The schema's objections to a document already read, one line each; empty when it is valid. */
    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    /** The schema's objections to a publiccode.yml. */
    public static List<String> problems(byte[] utf8) {
        return problems(read(utf8));
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build()));
        try (InputStream in = PublicCodeSchema.class.getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("missing " + LOCATION);
            }
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
