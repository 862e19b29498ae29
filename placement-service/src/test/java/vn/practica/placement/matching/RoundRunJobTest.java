package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * A round's run as a job shared by instances: a run another instance is carrying out (its row RUNNING, its heart
 * beating) refuses a start; once its heartbeat is older than the timeout (the instance died, and its transaction
 * with it) the next start gives it up and runs the round; two starts at once make one run.
 */
@QuarkusTest
class RoundRunJobTest {
    private static final String ROUNDS = "/api/v1/matching-rounds";
    private static ApplicationWorld world;

    @BeforeEach
    void announce() {
        if (world == null) {
            world = ApplicationWorld.announce("RUNJOB");
        }
    }

    @Test
    void aRunOfAnotherInstanceBlocksAStartUntilItsHeartbeatGoesStale() {
        String round = rankedClosedRound("job-stale");
        UUID other = UUID.randomUUID();
        ApplicationOutbox.update(
                "insert into round_run (id, round_id, status, phase, percent, started_by, owner, started_at,"
                        + " heartbeat_at) values (cast(?1 as uuid), cast(?2 as uuid), 'RUNNING', 'MATCHING', 40,"
                        + " 'state-officer', 'other-instance@host', now(), now())",
                other.toString(),
                round);

        Rounds.startRun(round)
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-run-in-progress"))
                .body("runId", equalTo(other.toString()));

        // The other instance stops beating: past practica.matching.heartbeat-timeout it counts as dead
        ApplicationOutbox.update(
                "update round_run set heartbeat_at = now() - interval '10 minutes' where id = cast(?1 as uuid)",
                other.toString());
        String runId = Rounds.startRun(round).statusCode(202).extract().path("id");
        Rounds.awaitSucceeded(round, runId);
        given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/" + round + "/runs/" + other)
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"));
        given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/" + round)
                .then()
                .body("status", equalTo("MATCHED"));
    }

    @Test
    void twoStartsAtOnceMakeOneRun() throws Exception {
        String round = rankedClosedRound("job-race");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Rounds.startRun(round).extract().statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> start : starts) {
            statuses.add(start.get());
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(202, 409), statuses);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "MATCHED"
                        .equals(given().auth()
                                .oauth2(TestTokens.state())
                                .get(ROUNDS + "/" + round)
                                .path("status")));
        assertEquals(
                1, ApplicationOutbox.count("select count(*) from round_run where round_id = cast(?1 as uuid)", round));
    }

    private static String rankedClosedRound(String ref) {
        String offer = world.openOffer(
                ref + "-" + UUID.randomUUID().toString().substring(0, 6),
                with(world.offer("Dự án " + ref), "totalJobOpenings", 1));
        List<Applicant> students = world.registerStudents(ref.toUpperCase(), 2);
        String round = Rounds.openByState(Rounds.body("Đợt " + ref, "2027-S4", world.field()));
        for (Applicant student : students) {
            Rounds.rank(round, student, offer).statusCode(200);
        }
        Rounds.closeAsState(round);
        return round;
    }
}
