package vn.practica.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.practica.events.catalog.CatalogEventTypes;
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
        for (String name : List.of("registered", "verified", "suspended")) {
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

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream("/vn/practica/events/" + path)) {
            assertNotNull(in, path);
            return JSON.readTree(in);
        }
    }
}
