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
import vn.practica.events.catalog.CourseEventData;
import vn.practica.events.catalog.FieldCompetenciesEventData;
import vn.practica.events.catalog.ProgramEventData;

/** The checked-in samples and schemas of curriculum events agree with the records consumers read them into. */
class CurriculumEventSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void programSamplesReadIntoTheRecordKeyedByTheProgramId() throws IOException {
        for (String type : List.of(CatalogEventTypes.PROGRAM_UPSERTED, CatalogEventTypes.PROGRAM_DELETED)) {
            JsonNode sample = sample(type);
            ProgramEventData data = JSON.treeToValue(sample.get("data"), ProgramEventData.class);
            assertEquals(sample.get("key").asText(), data.id());
            assertEquals(type.endsWith("deleted.v1") ? "tobedeleted" : "active", data.status());
        }
    }

    @Test
    void courseSamplesCarryProgrammesAndCompetencyItems() throws IOException {
        for (String type : List.of(CatalogEventTypes.COURSE_UPSERTED, CatalogEventTypes.COURSE_DELETED)) {
            JsonNode sample = sample(type);
            CourseEventData data = JSON.treeToValue(sample.get("data"), CourseEventData.class);
            assertEquals(sample.get("key").asText(), data.id());
            assertEquals(1, data.programIds().size());
            assertEquals(2, data.competencyItemIds().size());
        }
    }

    @Test
    void fieldCompetenciesSampleIsKeyedByTheFieldCode() throws IOException {
        JsonNode sample = sample(CatalogEventTypes.FIELD_COMPETENCIES_CHANGED);
        var data = JSON.treeToValue(sample.get("data"), FieldCompetenciesEventData.class);
        assertEquals(sample.get("key").asText(), data.fieldCode());
    }

    @Test
    void everySchemaRequiresEveryComponentOfItsRecord() throws IOException {
        Map<String, Class<? extends Record>> schemas = Map.of(
                "program-event-data", ProgramEventData.class,
                "course-event-data", CourseEventData.class,
                "field-competencies-event-data", FieldCompetenciesEventData.class);
        for (var entry : schemas.entrySet()) {
            JsonNode required =
                    read("schemas/catalog/" + entry.getKey() + ".v1.json").get("required");
            List<String> names = JSON.convertValue(
                    required, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            for (var component : entry.getValue().getRecordComponents()) {
                assertTrue(names.contains(component.getName()), entry.getKey() + " lacks " + component.getName());
            }
            assertEquals(entry.getValue().getRecordComponents().length, names.size(), entry.getKey());
        }
    }

    /** The sample of a type, checked for the CloudEvent headers every catalog event has. */
    private static JsonNode sample(String type) throws IOException {
        String name = type.substring("vn.practica.catalog.".length());
        JsonNode sample = read("samples/catalog/" + name + ".json");
        JsonNode headers = sample.get("headers");
        assertEquals(type, headers.get(CloudEventHeaders.TYPE).asText());
        assertEquals(
                CloudEventHeaders.SPEC_VERSION_1_0,
                headers.get(CloudEventHeaders.SPEC_VERSION).asText());
        assertEquals(
                CatalogEventTypes.SOURCE, headers.get(CloudEventHeaders.SOURCE).asText());
        assertEquals(
                sample.get("key").asText(),
                headers.get(CloudEventHeaders.SUBJECT).asText());
        return sample;
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = CurriculumEventSamplesTest.class.getResourceAsStream("/vn/practica/events/" + path)) {
            assertNotNull(in, path);
            return JSON.readTree(in);
        }
    }
}
