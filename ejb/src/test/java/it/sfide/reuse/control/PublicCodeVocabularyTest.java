package it.sfide.reuse.control;

import it.sfide.reuse.PublicCodeVocabulary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicCodeVocabularyTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = PublicCodeVocabularyTest.class.getResourceAsStream(path)) {
            return JSON.readTree(in.readAllBytes());
        }
    }

    @Test
    void theLicencesAreExactlyTheCurrentOsiApprovedSpdxIdentifiers() throws IOException {
        Set<String> current = new TreeSet<>();
        resource("/standards/spdx/spdx-license-ids-3.0.24.json").forEach(id -> current.add(id.asString()));
        Set<String> osiApproved = new TreeSet<>();
        for (Map.Entry<String, JsonNode> licence : resource("/standards/spdx/spdx-license-list-6.12.0.json")
                .properties()) {
            if (licence.getValue().path("osiApproved").asBoolean(false) && current.contains(licence.getKey())) {
                osiApproved.add(licence.getKey());
            }
        }
        assertTrue(osiApproved.contains("EUPL-1.2") && osiApproved.size() > 100, "the data was read");

        assertEquals(osiApproved, new TreeSet<>(PublicCodeVocabulary.LICENCES));
    }

    @Test
    void deprecatedSpdxIdentifiersAreNotAccepted() {
        for (String deprecated : List.of("GPL-3.0", "GPL-2.0+", "AGPL-3.0", "LGPL-2.1", "eCos-2.0")) {
            assertFalse(PublicCodeVocabulary.isLicenceExpression(deprecated), deprecated);
        }
    }

    @Test
    void licenceExpressionsJoinAcceptedIdentifiersWithOrAndAnd() {
        assertTrue(PublicCodeVocabulary.isLicenceExpression("EUPL-1.2"));
        assertTrue(PublicCodeVocabulary.isLicenceExpression("MIT OR Apache-2.0"));
        assertTrue(PublicCodeVocabulary.isLicenceExpression("EUPL-1.2 AND MIT OR Apache-2.0"));
        assertFalse(PublicCodeVocabulary.isLicenceExpression(null));
        assertFalse(PublicCodeVocabulary.isLicenceExpression(""));
        assertFalse(PublicCodeVocabulary.isLicenceExpression("MIT OR "));
        assertFalse(PublicCodeVocabulary.isLicenceExpression("MIT OR OR Apache-2.0"));
        assertFalse(PublicCodeVocabulary.isLicenceExpression("MIT XOR Apache-2.0"));
    }

    @Test
    void theCategoriesAreTheOnesTheSchemaAllows() throws IOException {
        List<String> inSchema = new ArrayList<>();
        resource(PublicCodeSchema.LOCATION).at("/properties/categories/items/enum")
                .forEach(c -> inSchema.add(c.asString()));

        assertEquals(inSchema, List.copyOf(PublicCodeVocabulary.CATEGORIES));
    }

    @Test
    void thePredefinedPlatformsAreTheStandardsSix() {
        assertEquals(List.of("web", "windows", "mac", "linux", "ios", "android"),
                List.copyOf(PublicCodeVocabulary.PLATFORMS));
    }

    @Test
    void theSoftwareTypesAndStatusesAreTheGeneratorsCodes() {
        assertEquals(java.util.Arrays.stream(PublicCodeRecord.SoftwareType.values())
                .map(PublicCodeRecord.SoftwareType::code).toList(), List.copyOf(PublicCodeVocabulary.SOFTWARE_TYPES));
        assertEquals(java.util.Arrays.stream(PublicCodeRecord.DevelopmentStatus.values())
                .map(PublicCodeRecord.DevelopmentStatus::code).toList(),
                List.copyOf(PublicCodeVocabulary.DEVELOPMENT_STATUSES));
    }
}
