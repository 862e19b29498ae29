package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.practica.placement.application.ApplicationWorld.START;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/** The steps of a round over HTTP that the matching tests share: open, rank, close, run to the end. */
final class Rounds {
    static final String PATH = "/api/v1/matching-rounds";

    private Rounds() {}

    /** A round body over the field's offers starting around the worlds' start day, ranking open for an hour. */
    static Map<String, Object> body(String name, String term, String field) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("term", term);
        body.put("startsFrom", START.minusDays(1).toString());
        body.put("startsUntil", START.plusDays(1).toString());
        body.put("fieldCode", field);
        body.put("preferenceDeadline", Instant.now().plus(Duration.ofHours(1)).toString());
        return body;
    }

    static ValidatableResponse open(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then();
    }

    /** Opens the round as the State; its id. */
    static String openByState(Map<String, Object> body) {
        return open(TestTokens.state(), body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse rank(String round, Applicant student, String... offerIds) {
        return given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body(Map.of("offerIds", List.of(offerIds)))
                .put(PATH + "/" + round + "/preferences/me")
                .then();
    }

    static void closeAsState(String round) {
        given().auth()
                .oauth2(TestTokens.state())
                .post(PATH + "/" + round + "/close")
                .then()
                .statusCode(200);
    }

    static ValidatableResponse startRun(String round) {
        return given().auth()
                .oauth2(TestTokens.state())
                .post(PATH + "/" + round + "/runs")
                .then();
    }

    /** Waits for the run to end and checks it succeeded. */
    static void awaitSucceeded(String round, String runId) {
        String path = PATH + "/" + round + "/runs/" + runId;
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(TestTokens.state())
                                .get(path)
                                .path("status")));
        given().auth().oauth2(TestTokens.state()).get(path).then().body("status", equalTo("SUCCEEDED"));
    }

    /** Starts a run as the State and waits for it to succeed. */
    static void run(String round) {
        awaitSucceeded(round, startRun(round).statusCode(202).extract().path("id"));
    }

    /**
     * Waits until another session of the test database is blocked on a lock in a statement naming {@code table}:
     * a concurrent request has reached the rows a transaction the test holds open has written.
     */
    static void awaitBlockedOn(String table) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ApplicationOutbox.count(
                                "select count(*) from pg_stat_activity where datname = current_database()"
                                        + " and wait_event_type = 'Lock' and query like ?1",
                                "%" + table + "%")
                        > 0);
    }
}
