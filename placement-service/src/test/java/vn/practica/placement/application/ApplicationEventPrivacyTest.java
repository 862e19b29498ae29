package vn.practica.placement.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.practica.placement.application.ApplicationWorld.accepted;
import static vn.practica.placement.application.ApplicationWorld.move;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TopicReader;

/**
 * Applications and placements are announced without anything a person could be recognised by or wrote: the
 * outbox and the topic hold pseudonyms and ids, never names, e-mails, phones, logins, the school's student ids,
 * motivations, answers, CVs or the reasons people gave.
 */
@QuarkusTest
class ApplicationEventPrivacyTest {
    private static final Set<String> APPLICATION_MEMBERS = Set.of(
            "applicationId",
            "offerId",
            "businessId",
            "schoolId",
            "applicantKind",
            "studentId",
            "courseSourcedId",
            "fromStatus",
            "toStatus",
            "respondBy",
            "fieldCode",
            "provinceCode",
            "workMode",
            "cooperationModelCode",
            "cooperationModelVersion",
            "contributionKind",
            "expectedHours",
            "jobStartDate",
            "jobEndDate",
            "version");
    private static final Set<String> PLACEMENT_MEMBERS = Set.of(
            "placementId",
            "applicationId",
            "offerId",
            "businessId",
            "schoolId",
            "applicantKind",
            "studentId",
            "courseSourcedId",
            "status",
            "endedBy",
            "fieldCode",
            "provinceCode",
            "workMode",
            "cooperationModelCode",
            "cooperationModelVersion",
            "contributionKind",
            "expectedHours",
            "jobStartDate",
            "jobEndDate",
            "version");

    @Test
    void noApplicationOrPlacementEventCarriesPersonalDataOrTextPeopleWrote() {
        ApplicationWorld world = ApplicationWorld.announce("PRIVACY");
        String offerId = world.openOffer("PRIV-1", world.offer("Riêng tư"));
        List<Applicant> students = world.registerStudents("SV-PRIVACY", 4);
        List<String> secrets = new ArrayList<>(List.of(
                "ĐỘNG-LỰC-BÍ-MẬT", "TRẢ-LỜI-BÍ-MẬT", "LÝ-DO-TỪ-CHỐI", "LÝ-DO-RÚT", "CV-BÍ-MẬT", "sv.example.edu.vn"));
        for (Applicant student : students) {
            Map<String, Object> row = ApplicationWorld.studentRow(student);
            secrets.addAll(List.of(
                    student.login(),
                    student.sourcedId(),
                    (String) row.get("givenName"),
                    (String) row.get("familyName"),
                    (String) row.get("email"),
                    (String) row.get("phone")));
            given().auth()
                    .oauth2(student.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("cvSummary", "CV-BÍ-MẬT của " + student.sourcedId()))
                    .when()
                    .patch("/api/v1/students/me")
                    .then()
                    .statusCode(200);
        }
        List<String> ids = new ArrayList<>();
        for (Applicant student : students) {
            ids.add(ApplicationWorld.apply(
                            student.token(),
                            offerId,
                            ApplicationWorld.application(
                                    "ĐỘNG-LỰC-BÍ-MẬT " + student.sourcedId(), "TRẢ-LỜI-BÍ-MẬT " + student.sourcedId()))
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        move(world.businessToken(), ids.get(0), "reject", Map.of("reason", "LÝ-DO-TỪ-CHỐI"))
                .statusCode(200);
        move(world.businessToken(), ids.get(1), "offer", null).statusCode(200);
        String placement = accepted(students.get(1), ids.get(1));
        given().auth()
                .oauth2(students.get(1).token())
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "LÝ-DO-RÚT"))
                .when()
                .post("/api/v1/placements/" + placement + "/withdraw")
                .then()
                .statusCode(200);
        move(world.businessToken(), ids.get(2), "offer", null).statusCode(200);
        accepted(students.get(2), ids.get(2));
        move(students.get(3).token(), ids.get(3), "withdraw", null).statusCode(200);
        world.offerTransition("PRIV-1", "cancel", Map.of("reason", "Huỷ")).statusCode(200);
        secrets.addAll(
                ApplicationOutbox.texts("select cast(id as text) from student where school_id = ?1", world.school()));

        List<ApplicationOutbox.Event> events = ApplicationOutbox.ofOffer(offerId);
        assertEquals(
                List.of(
                        "application.submitted",
                        "application.submitted",
                        "application.submitted",
                        "application.submitted",
                        "application.status-changed",
                        "application.status-changed",
                        "placement.proposed",
                        "application.status-changed",
                        "placement.withdrawn",
                        "application.status-changed",
                        "placement.proposed",
                        "application.status-changed",
                        "application.withdrawn",
                        "placement.terminated"),
                events.stream().map(ApplicationOutbox.Event::type).toList());
        Set<String> pseudonyms = new HashSet<>();
        for (ApplicationOutbox.Event event : events) {
            JsonNode data = event.data();
            Set<String> members = new HashSet<>();
            data.fieldNames().forEachRemaining(members::add);
            assertEquals(event.type().startsWith("placement.") ? PLACEMENT_MEMBERS : APPLICATION_MEMBERS, members);
            UUID pseudonym = UUID.fromString(data.get("studentId").asText());
            assertEquals(4, pseudonym.version(), "a random pseudonym");
            pseudonyms.add(pseudonym.toString());
            assertNoSecret(data.toString(), secrets);
        }
        assertEquals(students.size(), pseudonyms.size(), "one pseudonym per student, the same in every event");

        Set<String> keys = new HashSet<>();
        events.forEach(e -> keys.add(e.key()));
        List<TopicReader.Received> onTopic = TopicReader.readUntil(
                        Topics.PLACEMENT,
                        received -> received.stream()
                                        .filter(r -> keys.contains(r.key()))
                                        .count()
                                >= events.size(),
                        Duration.ofSeconds(30))
                .stream()
                .filter(r -> keys.contains(r.key()))
                .toList();
        assertEquals(events.size(), onTopic.size());
        for (TopicReader.Received record : onTopic) {
            assertNoSecret(record.key() + record.headers() + record.value(), secrets);
        }
    }

    private static void assertNoSecret(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), "an event holds " + secret + ": " + text);
        }
    }
}
