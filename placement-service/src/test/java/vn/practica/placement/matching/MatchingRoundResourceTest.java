package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.START;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * A national round over one field's three offers (1, 2 and 1 seats) and five students, end to end over HTTP and
 * against PostgreSQL: opening with a published seed, ranking one by one and in bulk with bad rows refused whole,
 * closing, the run as a background job, PROPOSED placements that take seats, the result checked against an
 * independent computation (serial dictatorship in lottery order: with no scores and no coverage every offer ranks
 * students by the lottery alone), cut-offs, "why not", verify, and who may do what.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchingRoundResourceTest {
    private static final String ROUNDS = "/api/v1/matching-rounds";
    private static ApplicationWorld world;
    private static List<String> offers;
    private static List<Applicant> students;
    private static String roundId;

    @Inject
    DataSource dataSource;

    /** Once, before the first test: RestAssured knows the test port only from the first test on. */
    @BeforeEach
    void announce() {
        if (world != null) {
            return;
        }
        world = ApplicationWorld.announce("MATCH");
        offers = new ArrayList<>();
        int[] seats = {1, 2, 1};
        for (int i = 0; i < seats.length; i++) {
            offers.add(
                    world.openOffer("round-offer-" + i, with(world.offer("Dự án " + i), "totalJobOpenings", seats[i])));
        }
        students = world.registerStudents("MATCH", 5);
    }

    private static Map<String, Object> round(String field, Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Đợt ghép nối quốc gia 2027");
        body.put("term", "2027-S1");
        body.put("startsFrom", START.minusDays(1).toString());
        body.put("startsUntil", START.plusDays(1).toString());
        body.put("fieldCode", field);
        body.put("preferenceDeadline", deadline.toString());
        body.put("choiceCap", 2);
        return body;
    }

    @Test
    @Order(1)
    void theStateOpensARoundOverTheFieldsOpenOffersWithAPublishedSeed() {
        roundId = given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(round(world.field(), Instant.now().plus(Duration.ofHours(1))))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("offers", equalTo(3))
                .body("seed", notNullValue())
                .body("organizerKind", equalTo("STATE"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(students.get(0).token())
                .when()
                .get(ROUNDS + "/" + roundId + "/offers")
                .then()
                .statusCode(200)
                .body("$", hasSize(3));
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like '%round.opened%'",
                        roundId));
    }

    @Test
    @Order(2)
    void openingIsRefusedForBadDefinitionsBusinessesAndRoundsWithoutOffers() {
        Map<String, Object> past = round(world.field(), Instant.now().minusSeconds(60));
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(past)
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(with(round(world.field(), Instant.now().plusSeconds(600)), "startsFrom", "+999999-01-01"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(with(round("NO_SUCH_FIELD", Instant.now().plusSeconds(600)), "term", "2027-S1"))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/round-without-offers"));
        given().auth()
                .oauth2(world.businessToken())
                .contentType(ContentType.JSON)
                .body(round(world.field(), Instant.now().plusSeconds(600)))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @Order(3)
    void studentsRankForThemselvesAndABadListChangesNothing() {
        rank(students.get(0), offers.get(0), offers.get(1)).statusCode(200).body("$", hasSize(2));
        rank(students.get(1), offers.get(0), offers.get(2)).statusCode(200);
        rank(students.get(2), offers.get(0), offers.get(1)).statusCode(200);

        rank(students.get(2), offers.get(2), UUID.randomUUID().toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/invalid-preferences"))
                .body("errors[0].field", equalTo("offerIds[1]"));
        rank(students.get(2), offers.get(2), offers.get(2))
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("offerIds[0]"));
        rank(students.get(2), offers.get(0), offers.get(1), offers.get(2)).statusCode(422);
        given().auth()
                .oauth2(students.get(2).token())
                .contentType(ContentType.JSON)
                .body("{\"offerIds\":[null]}")
                .when()
                .put(ROUNDS + "/" + roundId + "/preferences/me")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(students.get(2).token())
                .when()
                .get(ROUNDS + "/" + roundId + "/preferences/me")
                .then()
                .statusCode(200)
                .body("offerId", equalTo(List.of(offers.get(0), offers.get(1))));
    }

    @Test
    @Order(4)
    void aSchoolsBulkUploadIsCheckedRowByRowAndWrittenWholeOrNotAtAll() {
        UUID school = world.school();
        String bad = PreferenceUploadParser.CSV_HEADER + "\n"
                + school + "," + students.get(3).sourcedId() + ",1," + offers.get(1) + "\n"
                + school + ",NO-SUCH-STUDENT,1," + offers.get(1) + "\n"
                + school + "," + students.get(3).sourcedId() + ",3," + offers.get(2) + "\n"
                + school + "," + students.get(4).sourcedId() + ",1," + offers.get(2) + "\n"
                + school + "," + students.get(4).sourcedId() + ",2," + offers.get(2) + "\n"
                + school + "," + students.get(4).sourcedId() + ",x," + offers.get(2) + "\n";
        upload(world.schoolToken(), "text/csv", bad)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("rowErrorCount", equalTo(5))
                .body("rowErrors.line", equalTo(List.of(2, 3, 4, 5, 6)))
                .body(
                        "rowErrors.reason",
                        equalTo(List.of(
                                "unknown-student",
                                "beyond-choice-cap",
                                "duplicate-offer",
                                "duplicate-offer",
                                "malformed-row")));
        assertEquals(0, preferencesOf(students.get(3)) + preferencesOf(students.get(4)));

        String otherSchools = "{\"schoolId\":\"" + school + "\",\"studentId\":\""
                + students.get(3).sourcedId() + "\",\"rank\":1,\"offerId\":\"" + offers.get(1) + "\"}\n";
        upload(world.withNewSchool().schoolToken(), "application/x-ndjson", otherSchools)
                .statusCode(422)
                .body("rowErrors[0].reason", equalTo("not-your-student"));
        upload(world.schoolToken(), "text/csv", "studentId,offerId\n")
                .statusCode(422)
                .body("rowErrors[0].reason", equalTo("malformed-row"));

        // A list's rows in any order: each rank keeps its offer
        String good = "{\"schoolId\":\"" + school + "\",\"studentId\":\""
                + students.get(3).sourcedId()
                + "\",\"rank\":2,\"offerId\":\"" + offers.get(2) + "\"}\n"
                + otherSchools
                + "{\"schoolId\":\"" + school + "\",\"studentId\":\""
                + students.get(4).sourcedId()
                + "\",\"rank\":1,\"offerId\":\"" + offers.get(2) + "\"}\n";
        upload(world.schoolToken(), "application/x-ndjson", good)
                .statusCode(200)
                .body("students", equalTo(2))
                .body("preferences", equalTo(3));
        given().auth()
                .oauth2(students.get(3).token())
                .get(ROUNDS + "/" + roundId + "/preferences/me")
                .then()
                .statusCode(200)
                .body("rank", equalTo(List.of(1, 2)))
                .body("offerId", equalTo(List.of(offers.get(1), offers.get(2))));
    }

    @Test
    @Order(4)
    void hostileUploadsGetAProblemAndWriteNothing() {
        UUID school = world.school();
        String student = students.get(2).sourcedId();
        String csv = PreferenceUploadParser.CSV_HEADER + "\n";
        String json = "{\"schoolId\":\"" + school + "\",\"studentId\":\"" + student + "\",";
        long before = roundPreferences();

        Map<String, Integer> csvBodies = new LinkedHashMap<>();
        csvBodies.put(csv + school + ",SV\u0000" + student + ",1," + offers.get(1), 422);
        csvBodies.put(csv + school + ",\u202e" + student + "\u0007,1," + offers.get(1), 422);
        csvBodies.put(csv + school + "," + student + ",99999999999999999999," + offers.get(1), 422);
        csvBodies.put(csv + school + "," + student + ",-1," + offers.get(1), 422);
        csvBodies.put(csv + school + "," + student + ",1,'; drop table offer; --", 422);
        csvBodies.put(csv + "not-a-uuid," + student + ",1," + offers.get(1), 422);
        csvBodies.put(csv + "a".repeat(900_000), 422);
        csvBodies.put(csv + "a".repeat(1 << 20), 413);
        csvBodies.put(csv + school + ",\"" + student + ",1," + offers.get(1), 422);
        csvBodies.put("\uFEFF", 422);
        csvBodies.put("\u0000" + csv + school + "," + student + ",1," + offers.get(1), 422);
        csvBodies.forEach((body, status) -> refused(upload(world.schoolToken(), "text/csv", body), status));

        Map<String, Integer> ndjsonBodies = new LinkedHashMap<>();
        ndjsonBodies.put(json + "\"rank\":1,\"offerId\":null}", 422);
        ndjsonBodies.put(json + "\"rank\":1e400,\"offerId\":\"" + offers.get(1) + "\"}", 422);
        ndjsonBodies.put(json + "\"rank\":[1],\"offerId\":\"" + offers.get(1) + "\"}", 422);
        ndjsonBodies.put(json + "\"rank\":1,\"rank\":2,\"offerId\":\"" + offers.get(1) + "\"}", 400);
        ndjsonBodies.put("[".repeat(5_000) + "]".repeat(5_000), 400);
        ndjsonBodies.put(json + "\"rank\":1,\"offerId\":\"" + offers.get(1) + "\"} trailing", 400);
        ndjsonBodies.forEach(
                (body, status) -> refused(upload(world.schoolToken(), "application/x-ndjson", body), status));

        refused(upload(roundId, world.schoolToken(), "text/csv", invalidUtf8Row(school, student)), 422);
        refused(upload(world.schoolToken(), "text/plain", csv), 415);
        refused(upload("not-a-round", world.schoolToken(), "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 400);
        assertEquals(before, roundPreferences());
    }

    @Test
    @Order(4)
    void anUploadNamingAStudentWhoseListAnotherUploadIsReplacingWaitsForItAndReplacesItsList() throws Exception {
        Applicant student = students.get(2);
        String csv = PreferenceUploadParser.CSV_HEADER + "\n"
                + world.school() + "," + student.sourcedId() + ",1," + offers.get(0) + "\n"
                + world.school() + "," + student.sourcedId() + ",2," + offers.get(1) + "\n";
        CompletableFuture<ValidatableResponse> upload;
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            replaceListAsAnUploadDoes(first, student, offers.get(2));
            upload = CompletableFuture.supplyAsync(() -> upload(world.schoolToken(), "text/csv", csv));
            Rounds.awaitBlockedOn("round_preference");
            first.commit();
        }

        upload.get(60, TimeUnit.SECONDS).statusCode(200).body("students", equalTo(1));
        given().auth()
                .oauth2(student.token())
                .get(ROUNDS + "/" + roundId + "/preferences/me")
                .then()
                .statusCode(200)
                .body("offerId", equalTo(List.of(offers.get(0), offers.get(1))));
    }

    /** What an overlapping upload that commits first does to the student's list, left uncommitted. */
    private static void replaceListAsAnUploadDoes(Connection connection, Applicant student, String offer)
            throws SQLException {
        String studentId = "(select id from student where school_id = cast(? as uuid) and sourced_id = ?)";
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from round_preference where round_id = cast(? as uuid) and student_id = " + studentId)) {
            delete.setString(1, roundId);
            delete.setString(2, world.school().toString());
            delete.setString(3, student.sourcedId());
            assertEquals(1, delete.executeUpdate());
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into round_preference"
                + " (round_id, student_id, ranks, offer_ids) values (cast(? as uuid), " + studentId
                + ", array[1], array[cast(? as uuid)])")) {
            insert.setString(1, roundId);
            insert.setString(2, world.school().toString());
            insert.setString(3, student.sourcedId());
            insert.setString(4, offer);
            insert.executeUpdate();
        }
    }

    /** A 4xx problem of that status that shows nothing of the server's insides. */
    private static void refused(ValidatableResponse response, int status) {
        String body = response.statusCode(status).contentType(PROBLEM).extract().asString();
        assertTrue(!body.contains("Exception") && !body.contains("\tat "), body);
    }

    /** A row whose student id holds bytes that are not UTF-8 (a lone continuation byte, an overlong NUL). */
    private static byte[] invalidUtf8Row(UUID school, String student) {
        byte[] head =
                (PreferenceUploadParser.CSV_HEADER + "\n" + school + "," + student).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (",1," + offers.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + 3 + tail.length);
        body[head.length] = (byte) 0x80;
        body[head.length + 1] = (byte) 0xC0;
        body[head.length + 2] = (byte) 0x80;
        System.arraycopy(tail, 0, body, head.length + 3, tail.length);
        return body;
    }

    private static long roundPreferences() {
        return ApplicationOutbox.count(
                "select coalesce(sum(cardinality(offer_ids)), 0) from round_preference where round_id = cast(?1 as uuid)",
                roundId);
    }

    @Test
    @Order(5)
    void onlyTheOrganizerClosesAndRunsAndOnlyAfterRankingEnded() {
        startRun(TestTokens.state())
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-not-closed"));
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .post(ROUNDS + "/" + roundId + "/close")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(world.businessToken())
                .when()
                .post(ROUNDS + "/" + roundId + "/runs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(ROUNDS + "/" + roundId + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        rank(students.get(0), offers.get(1))
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-not-open"));
    }

    @Test
    @Order(6)
    void aRunPlacesStudentsAsSerialDictatorshipInLotteryOrderAndProposesPlacements() {
        String runId = startRun(TestTokens.state()).statusCode(202).extract().path("id");
        String runPath = ROUNDS + "/" + roundId + "/runs/" + runId;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(TestTokens.state())
                                .get(runPath)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
        given().auth()
                .oauth2(world.schoolToken())
                .get(runPath)
                .then()
                .body("status", equalTo("SUCCEEDED"))
                .body("students", equalTo(5))
                .body("choices", equalTo(9));
        String events = given().auth()
                .oauth2(TestTokens.state())
                .accept("text/event-stream")
                .get(runPath + "/events")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(events.contains("SUCCEEDED"), events);

        Map<Applicant, JsonPath> results = new HashMap<>();
        for (Applicant student : students) {
            results.put(
                    student,
                    given().auth()
                            .oauth2(student.token())
                            .get(ROUNDS + "/" + roundId + "/results/me")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath());
        }
        Map<Applicant, String> expected = serialDictatorship(results);
        int matched = 0;
        for (Applicant student : students) {
            JsonPath result = results.get(student);
            assertEquals(expected.get(student), result.getString("assignedOfferId"), student.sourcedId());
            if (result.getString("placementId") != null) {
                matched++;
                given().auth()
                        .oauth2(student.token())
                        .get("/api/v1/placements/" + result.getString("placementId"))
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("PROPOSED"));
                given().auth()
                        .oauth2(student.token())
                        .get("/api/v1/me/changes")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.find { it.placementId == '" + result.getString("placementId") + "' }.action",
                                equalTo("PROPOSED"));
                assertEquals(
                        1,
                        ApplicationOutbox.count(
                                "select count(*) from mail_outbox where recipient = ?1 and body like ?2",
                                student.sourcedId().toLowerCase() + "@sv.example.edu.vn",
                                "%" + result.getString("placementId") + "%"),
                        "the matched student is mailed once");
            }
            for (Map<String, Object> choice : result.<Map<String, Object>>getList("choices")) {
                if ("FULL_WITH_HIGHER_PRIORITY".equals(choice.get("outcome"))) {
                    int mine = (Integer) ((Map<?, ?>) choice.get("yourPriority")).get("lotteryNumber");
                    int cutoff = (Integer) ((Map<?, ?>) choice.get("cutoff")).get("lotteryNumber");
                    assertTrue(cutoff < mine, "the cut-off beat the student in the lottery");
                }
            }
        }
        assertEquals(4, matched, "four seats, every student ranked something, and every seat is wanted");
        assertEquals(
                matched,
                ApplicationOutbox.count(
                        "select count(*) from placement where round_id = cast(?1 as uuid) and status = 'PROPOSED'",
                        roundId));
        assertEquals(
                4,
                ApplicationOutbox.count(
                        "select sum(seats_taken) from offer where id in (cast(?1 as uuid), cast(?2 as uuid),"
                                + " cast(?3 as uuid))",
                        offers.get(0),
                        offers.get(1),
                        offers.get(2)));
        for (String offer : offers) {
            assertTrue(ApplicationOutbox.typesOf(offer).stream().allMatch("placement.proposed"::equals));
        }
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like '%round.matched%'",
                        roundId));
        given().auth()
                .oauth2(world.businessToken())
                .get(ROUNDS + "/" + roundId + "/results/offers")
                .then()
                .statusCode(200)
                .body("admitted.sum()", equalTo(4))
                .body("findAll { it.admitted != it.capacity }", hasSize(0))
                .body("cutoff", org.hamcrest.Matchers.everyItem(notNullValue()));
    }

    @Test
    @Order(7)
    void verifyRerunsTheStoredInputsToTheSameResultAndASecondRunIsRefused() {
        given().auth()
                .oauth2(students.get(1).token())
                .post(ROUNDS + "/" + roundId + "/verify")
                .then()
                .statusCode(200)
                .body("identical", equalTo(true))
                .body("stable", equalTo(true))
                .body("storedMatches", equalTo(true))
                .body("matched", equalTo(4));
        startRun(TestTokens.state())
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-already-matched"));
    }

    @Test
    @Order(8)
    void aSchoolsRoundIsHiddenFromOtherSchoolsAndIdsAreChecked() {
        String schoolRound = given().auth()
                .oauth2(world.schoolToken())
                .contentType(ContentType.JSON)
                .body(round(world.field(), Instant.now().plus(Duration.ofHours(1))))
                .when()
                .post(ROUNDS)
                .then()
                .statusCode(201)
                .body("organizerKind", equalTo("SCHOOL"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(world.withNewSchool().schoolToken())
                .get(ROUNDS + "/" + schoolRound)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(students.get(0).token())
                .get(ROUNDS + "/" + schoolRound)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.state())
                .post(ROUNDS + "/" + schoolRound + "/close")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/" + schoolRound + "/results/offers")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-not-matched"));
    }

    /** Students in lottery order each take their best choice with a seat left. */
    private static Map<Applicant, String> serialDictatorship(Map<Applicant, JsonPath> results) {
        Map<String, Integer> seats = new HashMap<>(Map.of(offers.get(0), 1, offers.get(1), 2, offers.get(2), 1));
        List<Applicant> order = new ArrayList<>(students);
        order.sort(Comparator.comparingInt(s -> results.get(s).getInt("lotteryNumber")));
        Set<Integer> lotteries = new HashSet<>();
        Map<Applicant, String> held = new HashMap<>();
        for (Applicant student : order) {
            lotteries.add(results.get(student).getInt("lotteryNumber"));
            for (String offer : results.get(student).<String>getList("choices.offerId")) {
                if (seats.get(offer) > 0) {
                    seats.merge(offer, -1, Integer::sum);
                    held.put(student, offer);
                    break;
                }
            }
        }
        assertEquals(5, lotteries.size(), "lottery numbers are a permutation");
        return held;
    }

    private static ValidatableResponse rank(Applicant student, String... offerIds) {
        return given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body(Map.of("offerIds", List.of(offerIds)))
                .when()
                .put(ROUNDS + "/" + roundId + "/preferences/me")
                .then();
    }

    private static ValidatableResponse upload(String token, String type, String body) {
        return upload(roundId, token, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse upload(String round, String token, String type, byte[] body) {
        return given().auth()
                .oauth2(token)
                .contentType(type)
                .body(body)
                .when()
                .post(ROUNDS + "/" + round + "/preferences")
                .then();
    }

    private static ValidatableResponse startRun(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .post(ROUNDS + "/" + roundId + "/runs")
                .then();
    }

    private static long preferencesOf(Applicant student) {
        return ApplicationOutbox.count(
                "select coalesce(sum(cardinality(p.offer_ids)), 0) from round_preference p"
                        + " join student s on s.id = p.student_id"
                        + " where p.round_id = cast(?1 as uuid) and s.sourced_id = ?2",
                roundId,
                student.sourcedId());
    }
}
