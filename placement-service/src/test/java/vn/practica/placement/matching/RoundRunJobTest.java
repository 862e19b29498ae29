package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
 * with it) the next start gives it up and runs the round; two starts at once make one run; a run that stops while
 * writing its placements leaves the result fixed and the next run writes the rest, each placement once.
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
        readRun(round, other.toString()).statusCode(200).body("status", equalTo("FAILED"));
        readRound(round).body("status", equalTo("MATCHED"));
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
                .until(() -> "MATCHED".equals(readRound(round).extract().path("status")));
        assertEquals(
                1, ApplicationOutbox.count("select count(*) from round_run where round_id = cast(?1 as uuid)", round));
    }

    @Test
    void aRunStoppedWhileWritingPlacementsIsResumedByTheNextToTheSameResultEachPlacementOnce() {
        ClosedRound closed = closedRound("job-resume", "2027-S5", 3, 2, 6, 2);
        String round = closed.id();
        List<String> offers = closed.offers();
        // The database refuses the second offer's placements, as a crash would stop the run there (tests write
        // each offer in a transaction of its own)
        String failing = offers.get(1);
        ApplicationOutbox.update("create function job_resume_refuse() returns trigger language plpgsql as $$ begin"
                + " raise exception 'refused for the test'; end $$");
        ApplicationOutbox.update("create trigger job_resume_refuse before insert on placement for each row when"
                + " (new.offer_id = '" + UUID.fromString(failing) + "') execute function job_resume_refuse()");
        String first;
        try {
            first = Rounds.startRun(round).statusCode(202).extract().path("id");
            awaitEnded(round, first);
        } finally {
            ApplicationOutbox.update("drop trigger job_resume_refuse on placement");
            ApplicationOutbox.update("drop function job_resume_refuse()");
        }
        readRun(round, first).body("status", equalTo("FAILED")).body("error", containsString("refused for the test"));
        readRound(round).body("status", equalTo("CLOSED"));
        assertEquals(0, placementsOf(round, "offer_id = cast(?2 as uuid)", failing));
        long matched = ApplicationOutbox.count(
                "select count(*) from round_assignment where round_id = cast(?1 as uuid) and offer_id is not null",
                round);
        assertEquals(6, matched, "two seats each of three offers, each student ranking two");
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from round_result where round_id = cast(?1 as uuid) and run_id = cast(?2 as"
                                + " uuid)",
                        round,
                        first),
                "the stopped run's result stays fixed for the next");

        Rounds.run(round);

        readRound(round).body("status", equalTo("MATCHED"));
        assertEquals(matched, placementsOf(round, "true"));
        assertEquals(
                matched,
                ApplicationOutbox.count(
                        "select count(*) from round_assignment a join placement p on p.id = a.placement_id"
                                + " and p.student_id = a.student_id and p.offer_id = a.offer_id"
                                + " where a.round_id = cast(?1 as uuid)",
                        round),
                "every placement is the one the fixed result named");
        assertEquals(
                matched,
                ApplicationOutbox.count(
                        "select count(*) from outbox_event e join placement p on p.id::text = e.aggregateid"
                                + " where p.round_id = cast(?1 as uuid) and e.type like '%.placement.proposed.%'",
                        round),
                "one placement.proposed per placement");
        assertEquals(
                matched,
                ApplicationOutbox.count(
                        "select count(*) from placement p join student s on s.id = p.student_id join mail_outbox m"
                                + " on m.recipient = s.email and m.body like '%' || p.id || '%'"
                                + " where p.round_id = cast(?1 as uuid)",
                        round),
                "each student mailed once at their address, by the run that stopped and by the one that resumed");
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from outbox_event where aggregateid = ?1 and type like '%.round.matched.%'",
                        round));
        for (String offer : offers) {
            assertEquals(
                    placementsOf(round, "offer_id = cast(?2 as uuid)", offer),
                    ApplicationOutbox.count("select seats_taken from offer where id = cast(?1 as uuid)", offer),
                    "the seats were taken once, when the result was fixed");
        }
        given().auth()
                .oauth2(TestTokens.state())
                .post(ROUNDS + "/" + round + "/verify")
                .then()
                .statusCode(200)
                .body("identical", equalTo(true))
                .body("storedMatches", equalTo(true));
    }

    @Test
    void aRunGivesItsPlacementsAndApplicationsIdsIncreasingInTheOrderItWritesThemOfferByOffer() {
        String round = closedRound("job-ids", "2027-S6", 3, 3, 9, 1).id();

        Rounds.run(round);

        assertEquals(9, placementsOf(round, "true"));
        // The result names the placements offer by offer (offers in id order, each one's students in pseudonym
        // order: student index order); the groups, on two threads, make each offer's applications in that order
        assertEquals(0, outOfOrder(round, "p.id", ""), "placement ids out of the order written");
        assertEquals(0, outOfOrder(round, "p.application_id", "partition by p.offer_id"), "application ids");
    }

    private record ClosedRound(String id, List<String> offers) {}

    /**
     * A closed State round of {@code offerCount} new offers of {@code seats} seats each and {@code students} new
     * students, student {@code s} ranking {@code choices} offers from offer {@code s % offerCount} on.
     */
    private static ClosedRound closedRound(
            String ref, String term, int offerCount, int seats, int students, int choices) {
        List<String> offers = new ArrayList<>();
        for (int o = 0; o < offerCount; o++) {
            offers.add(world.openOffer(
                    ref + o + "-" + UUID.randomUUID().toString().substring(0, 6),
                    with(world.offer("Dự án " + ref + " " + o), "totalJobOpenings", seats)));
        }
        List<Applicant> registered = world.registerStudents(ref.replace("-", "").toUpperCase(), students);
        String round = Rounds.openByState(Rounds.body("Đợt " + ref, term, world.field()));
        for (int s = 0; s < registered.size(); s++) {
            String[] ranked = new String[choices];
            for (int c = 0; c < choices; c++) {
                ranked[c] = offers.get((s + c) % offerCount);
            }
            Rounds.rank(round, registered.get(s), ranked).statusCode(200);
        }
        Rounds.closeAsState(round);
        return new ClosedRound(round, offers);
    }

    private static long outOfOrder(String round, String id, String partition) {
        return ApplicationOutbox.count(
                "select count(*) from (select " + id + " as id, lag(" + id + ") over (" + partition
                        + " order by p.offer_id, s.pseudonym) as before from placement p join student s on s.id ="
                        + " p.student_id where p.round_id = cast(?1 as uuid)) w where w.id <= w.before",
                round);
    }

    private static long placementsOf(String round, String where, String... more) {
        Object[] parameters = new Object[1 + more.length];
        parameters[0] = round;
        System.arraycopy(more, 0, parameters, 1, more.length);
        return ApplicationOutbox.count(
                "select count(*) from placement where round_id = cast(?1 as uuid) and " + where, parameters);
    }

    private static void awaitEnded(String round, String runId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"RUNNING".equals(readRun(round, runId).extract().path("status")));
    }

    private static ValidatableResponse readRun(String round, String runId) {
        return given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/" + round + "/runs/" + runId)
                .then();
    }

    private static ValidatableResponse readRound(String round) {
        return given().auth()
                .oauth2(TestTokens.state())
                .get(ROUNDS + "/" + round)
                .then();
    }

    private static String rankedClosedRound(String ref) {
        return closedRound(ref, "2027-S4", 1, 1, 2, 1).id();
    }
}
