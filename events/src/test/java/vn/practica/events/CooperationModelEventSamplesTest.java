package vn.practica.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CooperationModelEventData;

/** The checked-in samples and schema of cooperation model events agree with the record consumers read. */
class CooperationModelEventSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of(
            CatalogEventTypes.COOPERATION_MODEL_CREATED,
            CatalogEventTypes.COOPERATION_MODEL_REVISED,
            CatalogEventTypes.COOPERATION_MODEL_RETIRED);

    @Test
    void everySampleIsACooperationModelEventKeyedByTheModelCodeWithTheNextVersion() throws IOException {
        long version = 0;
        for (String type : TYPES) {
            JsonNode sample = sample(type);
            JsonNode headers = sample.get("headers");
            assertEquals(type, headers.get(CloudEventHeaders.TYPE).asText());
            assertTrue(CatalogEventTypes.isCooperationModelEvent(type));
            assertEquals(
                    CatalogEventTypes.SOURCE,
                    headers.get(CloudEventHeaders.SOURCE).asText());
            CooperationModelEventData data = JSON.treeToValue(sample.get("data"), CooperationModelEventData.class);
            assertEquals(sample.get("key").asText(), data.code());
            assertEquals(headers.get(CloudEventHeaders.SUBJECT).asText(), data.code());
            assertEquals(++version, data.version());
            assertTrue(data.minHours() <= data.maxHours());
            assertFalse(data.clauses().isEmpty());
            assertFalse(data.evaluationAreas().isEmpty());
        }
    }

    @Test
    void onlyTheRetiredSampleIsClosedToNewWork() throws IOException {
        for (String type : TYPES) {
            CooperationModelEventData data =
                    JSON.treeToValue(sample(type).get("data"), CooperationModelEventData.class);
            assertEquals(!type.equals(CatalogEventTypes.COOPERATION_MODEL_RETIRED), data.active(), type);
        }
    }

    @Test
    void otherCatalogTypesAreNoCooperationModelEvents() {
        assertFalse(CatalogEventTypes.isCooperationModelEvent(CatalogEventTypes.FIELD_RETIRED));
        assertFalse(CatalogEventTypes.isFieldEvent(CatalogEventTypes.COOPERATION_MODEL_RETIRED));
    }

    @Test
    void theSchemaRequiresEveryComponentOfTheRecordAndOfItsClausesAndAreas() throws IOException {
        JsonNode schema = read("schemas/catalog/cooperation-model-event-data.v1.json");
        Map<JsonNode, Class<? extends Record>> records = Map.of(
                schema,
                CooperationModelEventData.class,
                schema.at("/properties/clauses/items"),
                CooperationModelEventData.Clause.class,
                schema.at("/properties/evaluationAreas/items"),
                CooperationModelEventData.EvaluationArea.class);
        for (var entry : records.entrySet()) {
            List<String> required = new ArrayList<>();
            entry.getKey().get("required").forEach(name -> required.add(name.asText()));
            for (var component : entry.getValue().getRecordComponents()) {
                String name = component.getName();
                assertTrue(required.contains(name), name + " missing from the required of " + entry.getValue());
                assertTrue(entry.getKey().get("properties").has(name), name + " has no property schema");
            }
        }
    }

    private static JsonNode sample(String type) throws IOException {
        String name = type.substring("vn.practica.catalog.".length());
        return read("samples/catalog/" + name + ".json");
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in =
                CooperationModelEventSamplesTest.class.getResourceAsStream("/vn/practica/events/" + path)) {
            assertNotNull(in, path);
            return JSON.readTree(in);
        }
    }
}
