package vn.practica.placement.student;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.practica.placement.student.StudentRows.register;
import static vn.practica.placement.student.StudentRows.row;
import static vn.practica.placement.student.StudentRows.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

/**
 * Name, e-mail and phone never leave placement-service: every student event, in the outbox and on the topic,
 * carries a random pseudonym and nothing a person could be recognised by.
 */
@QuarkusTest
class StudentEventPrivacyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PSEUDONYMOUS_MEMBERS =
            Set.of("studentId", "schoolId", "programSourcedId", "yearOfStudy", "fieldInterests", "version");

    @Inject
    EntityManager em;

    /** A student whose every personal value is unmistakable, so any trace of it in an event is found. */
    private static Map<String, Object> person(String sourcedId, String field) {
        Map<String, Object> row = row(sourcedId, field);
        row.put("givenName", "Thị Riêng Tư");
        row.put("familyName", "Phạm Bí Mật");
        row.put("email", "bi.mat." + sourcedId.toLowerCase() + "@sv.example.edu.vn");
        row.put("phone", "+84 987 654 321");
        return row;
    }

    private List<JsonNode> outboxPayloads(UUID... schools) {
        List<String> ids = java.util.Arrays.stream(schools).map(UUID::toString).toList();
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select cast(payload as text) from outbox_event where aggregatetype = 'student'"
                                        + " and payload ->> 'schoolId' in (?1, ?2) order by seq",
                                String.class)
                        .setParameter(1, ids.get(0))
                        .setParameter(2, ids.get(1))
                        .getResultList())
                .stream()
                .map(text -> read(text.toString()))
                .toList();
    }

    private List<String> internalIds(UUID... schools) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select cast(id as text) from student where school_id in (?1, ?2)", String.class)
                        .setParameter(1, schools[0])
                        .setParameter(2, schools[1])
                        .getResultList())
                .stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void noStudentEventCarriesNameEmailPhoneOrAnythingElseThatIdentifiesThePerson() {
        String field = CatalogAnnouncements.activeField("PRIV");
        String other = CatalogAnnouncements.activeField("PRIV");
        UUID schoolA = CatalogAnnouncements.verifiedSchool();
        UUID schoolB = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> first = person("SV-PRIV-1", field);
        Map<String, Object> twin = person("SV-PRIV-2", field);
        register(schoolA, List.of(first, twin));
        // The same person's data at another school still gets an id of its own
        register(schoolB, List.of(person("SV-PRIV-1", field)));
        register(schoolA, List.of(with(first, "yearOfStudy", 4)));
        String token = TestTokens.user((String) first.get("loginSubject"), Roles.STUDENT, schoolA.toString());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "fieldInterests", List.of(field, other),
                        "cvSummary", "CV-BÍ-MẬT: dự án cảng",
                        "links", List.of("https://bi-mat.example.vn/portfolio")))
                .when()
                .patch("/api/v1/students/me")
                .then()
                .statusCode(200);

        List<JsonNode> payloads = outboxPayloads(schoolA, schoolB);
        assertEquals(5, payloads.size(), "3 registered, 1 year change, 1 interest change");
        List<String> secrets = new ArrayList<>(
                List.of("Riêng Tư", "Bí Mật", "bi.mat.", "987 654 321", "SV-PRIV", "CV-BÍ-MẬT", "bi-mat.example.vn"));
        secrets.add((String) first.get("loginSubject"));
        secrets.add((String) twin.get("loginSubject"));
        secrets.addAll(internalIds(schoolA, schoolB));
        Set<String> pseudonyms = new HashSet<>();
        for (JsonNode payload : payloads) {
            Set<String> members = new HashSet<>();
            payload.fieldNames().forEachRemaining(members::add);
            assertEquals(PSEUDONYMOUS_MEMBERS, members);
            UUID pseudonym = UUID.fromString(payload.get("studentId").asText());
            assertEquals(4, pseudonym.version(), "a random UUID, not one derived from data");
            pseudonyms.add(pseudonym.toString());
            assertNoSecret(payload.toString(), secrets);
        }
        assertEquals(3, pseudonyms.size(), "one pseudonym per student record, even for the same person's data");

        List<TopicReader.Received> records = TopicReader.readUntil(
                Topics.PLACEMENT,
                received -> received.stream()
                                .filter(r -> pseudonyms.contains(r.key()))
                                .count()
                        == payloads.size(),
                Duration.ofSeconds(30));
        List<TopicReader.Received> ours =
                records.stream().filter(r -> pseudonyms.contains(r.key())).toList();
        assertEquals(payloads.size(), ours.size());
        for (TopicReader.Received record : ours) {
            assertNoSecret(record.key() + record.headers() + record.value(), secrets);
        }
    }

    private static void assertNoSecret(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), "an event holds " + secret + ": " + text);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
