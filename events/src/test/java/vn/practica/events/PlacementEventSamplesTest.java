package vn.practica.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.CredentialIssuedEventData;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementCompletedEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.RoundEventData;
import vn.practica.events.placement.StudentEventData;

/**
 * The checked-in samples and schemas of placement's events agree with their records; student events stay
 * pseudonymous, offer events name no business user, application and placement events carry no text a person
 * wrote and no contact data.
 */
class PlacementEventSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STUDENT_TYPES =
            List.of(PlacementEventTypes.STUDENT_REGISTERED, PlacementEventTypes.STUDENT_UPDATED);
    /** Members a student event may carry; anything else needs a deliberate privacy review first. */
    private static final Set<String> PSEUDONYMOUS_MEMBERS =
            Set.of("studentId", "schoolId", "programSourcedId", "yearOfStudy", "fieldInterests", "version");

    private static final List<String> OFFER_TYPES = List.of(
            PlacementEventTypes.OFFER_PUBLISHED,
            PlacementEventTypes.OFFER_UPDATED,
            PlacementEventTypes.OFFER_CLOSED,
            PlacementEventTypes.OFFER_CANCELLED);

    private static final List<String> APPLICATION_TYPES = List.of(
            PlacementEventTypes.APPLICATION_SUBMITTED,
            PlacementEventTypes.APPLICATION_WITHDRAWN,
            PlacementEventTypes.APPLICATION_STATUS_CHANGED);

    private static final List<String> PLACEMENT_TYPES = List.of(
            PlacementEventTypes.PLACEMENT_PROPOSED,
            PlacementEventTypes.PLACEMENT_AGREED,
            PlacementEventTypes.PLACEMENT_STARTED,
            PlacementEventTypes.PLACEMENT_WITHDRAWN,
            PlacementEventTypes.PLACEMENT_TERMINATED);

    /** Words no application or placement member may name: free text, contact data, the person behind the id. */
    private static final List<String> PRIVATE_WORDS =
            List.of("motivation", "answer", "reason", "name", "email", "phone", "cv", "link", "login", "subject");

    @Test
    void studentSamplesReadIntoTheRecordKeyedByARandomPseudonymousId() throws IOException {
        for (String type : STUDENT_TYPES) {
            JsonNode sample = sample(type);
            StudentEventData data = JSON.treeToValue(sample.get("data"), StudentEventData.class);
            assertEquals(sample.get("key").asText(), data.studentId());
            assertEquals(4, UUID.fromString(data.studentId()).version(), type + ": ids are random UUIDs");
            assertTrue(PlacementEventTypes.isStudentEvent(type));
        }
    }

    @Test
    void studentSchemaRequiresEveryComponentAndNothingThatIdentifiesAPerson() throws IOException {
        JsonNode schema = read("schemas/placement/student-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> components = new ArrayList<>();
        for (var component : StudentEventData.class.getRecordComponents()) {
            components.add(component.getName());
            assertTrue(schema.get("properties").has(component.getName()), component.getName());
        }
        assertEquals(components, required);
        assertEquals(PSEUDONYMOUS_MEMBERS, Set.copyOf(components));
        List<String> sampleMembers = new ArrayList<>();
        sample(PlacementEventTypes.STUDENT_REGISTERED).get("data").fieldNames().forEachRemaining(sampleMembers::add);
        assertEquals(PSEUDONYMOUS_MEMBERS, Set.copyOf(sampleMembers));
    }

    @Test
    void offerSamplesReadIntoTheRecordKeyedByTheOfferIdAndOnlyACancellationGivesAReason() throws IOException {
        for (String type : OFFER_TYPES) {
            JsonNode sample = sample(type);
            OfferEventData data = JSON.treeToValue(sample.get("data"), OfferEventData.class);
            assertEquals(sample.get("key").asText(), data.offerId());
            assertTrue(PlacementEventTypes.isOfferEvent(type));
            assertEquals(type.equals(PlacementEventTypes.OFFER_CANCELLED), data.cancelReason() != null, type);
            assertTrue(!data.jobEndDate().isEmpty() && data.validThrough().compareTo(data.jobStartDate()) <= 0);
        }
        assertTrue(!PlacementEventTypes.isOfferEvent(PlacementEventTypes.STUDENT_REGISTERED));
    }

    @Test
    void offerSchemaRequiresEveryComponentAndNoMemberNamesABusinessUser() throws IOException {
        JsonNode schema = read("schemas/placement/offer-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> components = new ArrayList<>();
        for (var component : OfferEventData.class.getRecordComponents()) {
            components.add(component.getName());
            assertTrue(schema.get("properties").has(component.getName()), component.getName());
        }
        assertEquals(components, required);
        JsonNode eligibility = schema.get("properties").get("eligibility").get("properties");
        for (var component : OfferEventData.Eligibility.class.getRecordComponents()) {
            assertTrue(eligibility.has(component.getName()), component.getName());
        }
        for (String member : components) {
            assertTrue(!member.toLowerCase(java.util.Locale.ROOT).contains("mentor"), member);
        }
        List<String> sampleMembers = new ArrayList<>();
        sample(PlacementEventTypes.OFFER_PUBLISHED).get("data").fieldNames().forEachRemaining(sampleMembers::add);
        assertEquals(components, sampleMembers);
    }

    @Test
    void applicationSamplesReadIntoTheRecordKeyedByTheApplicationIdWithAPseudonymousStudent() throws IOException {
        for (String type : APPLICATION_TYPES) {
            JsonNode sample = sample(type);
            ApplicationEventData data = JSON.treeToValue(sample.get("data"), ApplicationEventData.class);
            assertEquals(sample.get("key").asText(), data.applicationId());
            assertEquals(4, UUID.fromString(data.studentId()).version(), type + ": the student's pseudonym");
            assertEquals(type.equals(PlacementEventTypes.APPLICATION_SUBMITTED), data.fromStatus() == null, type);
            assertEquals(type.equals(PlacementEventTypes.APPLICATION_WITHDRAWN), "WITHDRAWN".equals(data.toStatus()));
            assertTrue(PlacementEventTypes.isApplicationEvent(type));
            assertTrue(!PlacementEventTypes.isPlacementEvent(type));
        }
    }

    @Test
    void placementSamplesReadIntoTheRecordKeyedByThePlacementIdAndOnlyEndedOnesSayWhoEndedThem() throws IOException {
        for (String type : PLACEMENT_TYPES) {
            JsonNode sample = sample(type);
            PlacementEventData data = JSON.treeToValue(sample.get("data"), PlacementEventData.class);
            assertEquals(sample.get("key").asText(), data.placementId());
            assertEquals(4, UUID.fromString(data.studentId()).version(), type + ": the student's pseudonym");
            boolean running = !type.equals(PlacementEventTypes.PLACEMENT_WITHDRAWN)
                    && !type.equals(PlacementEventTypes.PLACEMENT_TERMINATED);
            assertEquals(running, data.endedBy() == null, type);
            assertTrue(PlacementEventTypes.isPlacementEvent(type));
            assertTrue(!PlacementEventTypes.isApplicationEvent(type));
        }
    }

    @Test
    void applicationAndPlacementSchemasRequireEveryComponentAndNoneHoldsTextOrContactData() throws IOException {
        Map<String, Class<? extends Record>> schemas = Map.of(
                "schemas/placement/application-event-data.v1.json", ApplicationEventData.class,
                "schemas/placement/placement-event-data.v1.json", PlacementEventData.class);
        for (var entry : schemas.entrySet()) {
            JsonNode schema = read(entry.getKey());
            List<String> required = JSON.convertValue(
                    schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            List<String> components = new ArrayList<>();
            for (var component : entry.getValue().getRecordComponents()) {
                components.add(component.getName());
                assertTrue(schema.get("properties").has(component.getName()), component.getName());
                String lower = component.getName().toLowerCase(Locale.ROOT);
                for (String word : PRIVATE_WORDS) {
                    assertTrue(!lower.contains(word), component.getName() + " looks like private data");
                }
            }
            assertEquals(components, required, entry.getKey());
        }
        for (String type : List.of(PlacementEventTypes.APPLICATION_SUBMITTED, PlacementEventTypes.PLACEMENT_PROPOSED)) {
            List<String> sampleMembers = new ArrayList<>();
            sample(type).get("data").fieldNames().forEachRemaining(sampleMembers::add);
            Class<? extends Record> record =
                    type.contains(".application.") ? ApplicationEventData.class : PlacementEventData.class;
            List<String> components = new ArrayList<>();
            for (var component : record.getRecordComponents()) {
                components.add(component.getName());
            }
            assertEquals(components, sampleMembers, type);
        }
    }

    @Test
    void completedSampleReadsIntoItsRecordWithHoursAndMeanScoresAndNothingAPersonWrote() throws IOException {
        String type = PlacementEventTypes.PLACEMENT_COMPLETED;
        JsonNode sample = sample(type);
        PlacementCompletedEventData data = JSON.treeToValue(sample.get("data"), PlacementCompletedEventData.class);
        assertEquals(sample.get("key").asText(), data.placementId());
        assertEquals(4, UUID.fromString(data.studentId()).version(), "the student's pseudonym");
        assertTrue(data.approvedHours().intValue() >= data.agreedHours());
        assertTrue(PlacementEventTypes.isPlacementCompletedEvent(type));
        assertTrue(!PlacementEventTypes.isPlacementEvent(type), "its data is not PlacementEventData");
        JsonNode schema = read("schemas/placement/placement-completed-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> components = new ArrayList<>();
        for (var component : PlacementCompletedEventData.class.getRecordComponents()) {
            components.add(component.getName());
            assertTrue(schema.get("properties").has(component.getName()), component.getName());
            String lower = component.getName().toLowerCase(Locale.ROOT);
            for (String word : PRIVATE_WORDS) {
                assertTrue(!lower.contains(word), component.getName() + " looks like private data");
            }
            assertTrue(!lower.contains("comment") && !lower.contains("activity"), component.getName());
        }
        assertEquals(components, required);
        List<String> sampleMembers = new ArrayList<>();
        sample.get("data").fieldNames().forEachRemaining(sampleMembers::add);
        assertEquals(components, sampleMembers);
        for (JsonNode score : sample.get("data").get("itemScores")) {
            List<String> members = new ArrayList<>();
            score.fieldNames().forEachRemaining(members::add);
            assertEquals(List.of("itemId", "meanScore"), members);
        }
    }

    @Test
    void credentialIssuedSampleReadsIntoItsRecordKeyedByThePlacementWithAPseudonymousStudent() throws IOException {
        String type = PlacementEventTypes.CREDENTIAL_ISSUED;
        JsonNode sample = sample(type);
        CredentialIssuedEventData data = JSON.treeToValue(sample.get("data"), CredentialIssuedEventData.class);
        assertEquals(sample.get("key").asText(), data.placementId());
        assertEquals(4, UUID.fromString(data.studentId()).version(), "the student's pseudonym");
        assertTrue(PlacementEventTypes.isCredentialIssuedEvent(type));
        assertTrue(!PlacementEventTypes.isPlacementEvent(type), "its data is not PlacementEventData");
        JsonNode schema = read("schemas/placement/credential-issued-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> components = new ArrayList<>();
        for (var component : CredentialIssuedEventData.class.getRecordComponents()) {
            components.add(component.getName());
            assertTrue(schema.get("properties").has(component.getName()), component.getName());
            String lower = component.getName().toLowerCase(Locale.ROOT);
            for (String word : PRIVATE_WORDS) {
                assertTrue(!lower.contains(word), component.getName() + " looks like private data");
            }
        }
        assertEquals(components, required);
        List<String> sampleMembers = new ArrayList<>();
        sample.get("data").fieldNames().forEachRemaining(sampleMembers::add);
        assertEquals(components, sampleMembers);
    }

    @Test
    void roundSamplesReadIntoTheRecordNameNoStudentAndOnlyAMatchedRoundHasASummary() throws IOException {
        JsonNode schema = read("schemas/placement/round-event-data.v1.json");
        List<String> required = JSON.convertValue(
                schema.get("required"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> components = new ArrayList<>();
        for (var component : RoundEventData.class.getRecordComponents()) {
            components.add(component.getName());
            assertTrue(schema.get("properties").has(component.getName()), component.getName());
            assertTrue(!component.getName().toLowerCase(Locale.ROOT).contains("student"), component.getName());
        }
        assertEquals(components, required);
        for (String type : List.of(
                PlacementEventTypes.ROUND_OPENED,
                PlacementEventTypes.ROUND_CLOSED,
                PlacementEventTypes.ROUND_MATCHED)) {
            JsonNode sample = sample(type);
            RoundEventData data = JSON.treeToValue(sample.get("data"), RoundEventData.class);
            assertEquals(sample.get("key").asText(), data.roundId());
            assertEquals(type.equals(PlacementEventTypes.ROUND_MATCHED), data.summary() != null, type);
            assertTrue(PlacementEventTypes.isRoundEvent(type));
            assertTrue(!PlacementEventTypes.isPlacementEvent(type));
            List<String> members = new ArrayList<>();
            sample.get("data").fieldNames().forEachRemaining(members::add);
            assertEquals(components, members);
        }
    }

    /** The sample of a type, checked for the CloudEvent headers every placement event has. */
    private static JsonNode sample(String type) throws IOException {
        String name = type.substring("vn.practica.placement.".length());
        JsonNode sample = read("samples/placement/" + name + ".json");
        JsonNode headers = sample.get("headers");
        assertEquals(type, headers.get(CloudEventHeaders.TYPE).asText());
        assertEquals(
                CloudEventHeaders.SPEC_VERSION_1_0,
                headers.get(CloudEventHeaders.SPEC_VERSION).asText());
        assertEquals(
                PlacementEventTypes.SOURCE,
                headers.get(CloudEventHeaders.SOURCE).asText());
        assertEquals(
                sample.get("key").asText(),
                headers.get(CloudEventHeaders.SUBJECT).asText());
        return sample;
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = PlacementEventSamplesTest.class.getResourceAsStream("/vn/practica/events/" + path)) {
            assertNotNull(in, path);
            return JSON.readTree(in);
        }
    }
}
