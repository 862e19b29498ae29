package vn.practica.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CompetencyAssociationEventData;
import vn.practica.events.catalog.CompetencyFrameworkEventData;
import vn.practica.events.catalog.CompetencyItemEventData;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.events.catalog.OrganizationEventData;

class EventSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELD_SAMPLES = List.of("created", "renamed", "retired");

    @Test
    void everyFieldEventSampleCarriesCloudEventHeadersAndReadsIntoTheRecord() throws IOException {
        for (String name : FIELD_SAMPLES) {
            JsonNode sample = read("samples/catalog/field." + name + ".v1.json");
            JsonNode headers = sample.get("headers");
            assertEquals(
                    CloudEventHeaders.SPEC_VERSION_1_0,
                    headers.get(CloudEventHeaders.SPEC_VERSION).asText());
            assertTrue(CatalogEventTypes.isFieldEvent(
                    headers.get(CloudEventHeaders.TYPE).asText()));
            assertEquals(
                    CatalogEventTypes.SOURCE,
                    headers.get(CloudEventHeaders.SOURCE).asText());
            FieldEventData data = JSON.treeToValue(sample.get("data"), FieldEventData.class);
            assertEquals(sample.get("key").asText(), data.code());
            assertEquals(headers.get(CloudEventHeaders.SUBJECT).asText(), data.code());
        }
    }

    @Test
    void everyOrganizationEventSampleReadsIntoTheRecord() throws IOException {
        for (String name : List.of("registered", "verified", "suspended", "rejected")) {
            JsonNode sample = read("samples/catalog/organization." + name + ".v1.json");
            JsonNode headers = sample.get("headers");
            assertTrue(CatalogEventTypes.isOrganizationEvent(
                    headers.get(CloudEventHeaders.TYPE).asText()));
            OrganizationEventData data = JSON.treeToValue(sample.get("data"), OrganizationEventData.class);
            assertEquals(sample.get("key").asText(), data.id());
            assertEquals(headers.get(CloudEventHeaders.SUBJECT).asText(), data.id());
            assertEquals("suspended".equals(name), data.suspended());
        }
    }

    @Test
    void retiredSampleIsNotActive() throws IOException {
        JsonNode sample = read("samples/catalog/field.retired.v1.json");
        FieldEventData data = JSON.treeToValue(sample.get("data"), FieldEventData.class);
        assertEquals(FieldEventData.RETIRED, data.status());
        assertTrue(!data.active());
    }

    @Test
    void fieldDataSchemaRequiresEveryRecordComponent() throws IOException {
        JsonNode schema = read("schemas/catalog/field-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        for (var component : FieldEventData.class.getRecordComponents()) {
            assertTrue(required.contains(component.getName()), component.getName() + " missing from schema");
        }
    }

    @Test
    void everyCompetencyEventSampleReadsIntoItsRecordKeyedByTheCaseIdentifier() throws Exception {
        Map<String, Class<?>> records = Map.of(
                "competency-framework", CompetencyFrameworkEventData.class,
                "competency-item", CompetencyItemEventData.class,
                "competency-association", CompetencyAssociationEventData.class);
        for (var entry : records.entrySet()) {
            for (String kind : List.of("upserted", "deleted")) {
                String type = "vn.practica.catalog." + entry.getKey() + "." + kind + ".v1";
                JsonNode sample = read("samples/catalog/" + entry.getKey() + "." + kind + ".v1.json");
                JsonNode headers = sample.get("headers");
                assertEquals(type, headers.get(CloudEventHeaders.TYPE).asText());
                assertEquals(
                        CatalogEventTypes.SOURCE,
                        headers.get(CloudEventHeaders.SOURCE).asText());
                Object data = JSON.treeToValue(sample.get("data"), entry.getValue());
                String id = (String) data.getClass().getMethod("id").invoke(data);
                assertEquals(sample.get("key").asText(), id);
                assertEquals(headers.get(CloudEventHeaders.SUBJECT).asText(), id);
            }
        }
        assertTrue(List.of(
                        CatalogEventTypes.COMPETENCY_FRAMEWORK_UPSERTED,
                        CatalogEventTypes.COMPETENCY_FRAMEWORK_DELETED,
                        CatalogEventTypes.COMPETENCY_ITEM_UPSERTED,
                        CatalogEventTypes.COMPETENCY_ITEM_DELETED,
                        CatalogEventTypes.COMPETENCY_ASSOCIATION_UPSERTED,
                        CatalogEventTypes.COMPETENCY_ASSOCIATION_DELETED)
                .stream()
                .allMatch(
                        type -> type.matches("vn\\.practica\\.catalog\\.competency-[a-z]+\\.(upserted|deleted)\\.v1")));
    }

    @Test
    void competencyDataSchemasRequireEveryRecordComponent() throws IOException {
        Map<String, Class<?>> schemas = Map.of(
                "competency-framework-event-data", CompetencyFrameworkEventData.class,
                "competency-item-event-data", CompetencyItemEventData.class,
                "competency-association-event-data", CompetencyAssociationEventData.class);
        for (var entry : schemas.entrySet()) {
            JsonNode schema = read("schemas/catalog/" + entry.getKey() + ".v1.json");
            List<String> required = JSON.convertValue(
                    schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            for (var component : entry.getValue().getRecordComponents()) {
                assertTrue(
                        required.contains(component.getName()),
                        component.getName() + " missing from " + entry.getKey());
                assertTrue(schema.get("properties").has(component.getName()), component.getName());
            }
        }
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream("/vn/practica/events/" + path)) {
            assertNotNull(in, path);
            return JSON.readTree(in);
        }
    }
}
