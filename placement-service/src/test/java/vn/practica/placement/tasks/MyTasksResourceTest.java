package vn.practica.placement.tasks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.LifecycleCalls.TODAY;
import static vn.practica.placement.LifecycleCalls.decide;
import static vn.practica.placement.LifecycleCalls.entry;
import static vn.practica.placement.LifecycleCalls.recorded;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.get;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.testkit.TestTokens;

/**
 * "What needs me" and the change feed through the API: tasks appear and go as the lifecycle moves, each party reads
 * only its own feed, written with each change, and the student's mail waits in the outbox.
 */
@QuarkusTest
class MyTasksResourceTest {
    private static final String TASKS = "/api/v1/me/tasks";
    private static final String CHANGES = "/api/v1/me/changes";
    private static ApplicationWorld shared;

    @BeforeAll
    static void announce() {
        shared = LifecycleCalls.announce("TASKS");
    }

    @Test
    void tasksFollowTheLifecycleForEachParty() {
        // Each test its own school and business, whose tasks and feeds are only this test's
        ApplicationWorld world = shared.withNewBusiness().withNewSchool();
        Active placement = LifecycleCalls.activate(world, "TASK-FLOW");
        String student = placement.student().token();
        get(student, TASKS).statusCode(200).body("items", empty());
        String entry = recorded(student, placement.id(), entry(world, TODAY, "8"));
        get(world.businessToken(), TASKS)
                .body("items.kind", contains("DECIDE_LOGBOOK_ENTRIES"))
                .body("items[0].count", equalTo(1))
                .body("items[0].placementId", equalTo(placement.id()));
        get(world.schoolToken(), TASKS).body("items", empty());
        decide(placement.mentorToken(), placement.id(), entry, "return", "1", Map.of("comment", "Bổ sung minh chứng"))
                .statusCode(200);
        get(student, TASKS).body("items.kind", contains("REVISE_RETURNED_ENTRIES"));
        get(world.businessToken(), TASKS).body("items", empty());
        LifecycleCalls.workAllHours(world, placement);
        get(student, TASKS).body("items.kind", hasItem("SUBMIT_EVALUATION"));
        get(world.schoolToken(), TASKS).body("items.kind", contains("SUBMIT_EVALUATION"));
        get(placement.mentorToken(), TASKS).body("items.kind", hasItem("SUBMIT_EVALUATION"));
        get(TestTokens.state(), TASKS).statusCode(403).contentType(PROBLEM);
        get(student, TASKS + "?limit=0").statusCode(400).contentType(PROBLEM);
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from mail_outbox where recipient = ?1 and subject like '%entry returned%'",
                        placement.student().sourcedId().toLowerCase() + "@sv.example.edu.vn"));
    }

    @Test
    void aProposedPlacementAsksEachPartyToConfirmUntilItHas() {
        // Each test its own school and business, whose tasks and feeds are only this test's
        ApplicationWorld world = shared.withNewBusiness().withNewSchool();
        var student = world.registerStudent("SV-TASK-AGREE");
        String offerId = world.openOffer("TASK-AGREE", world.offer("Đồng ý"));
        String placement = ApplicationWorld.accepted(student, world.offered(student, offerId));
        get(student.token(), TASKS)
                .body("items.kind", contains("CONFIRM_AGREEMENT"))
                .body("items[0].path", equalTo("/api/v1/placements/" + placement + "/agreement"));
        get(world.businessToken(), TASKS).body("items.kind", hasItem("CONFIRM_AGREEMENT"));
    }

    @Test
    void eachPartyPullsItsOwnChangesAfterItsCursor() {
        // Each test its own school and business, whose tasks and feeds are only this test's
        ApplicationWorld world = shared.withNewBusiness().withNewSchool();
        Active placement = LifecycleCalls.activate(world, "TASK-FEED");
        String student = placement.student().token();
        var first = get(student, CHANGES + "?limit=3").statusCode(200);
        first.body("items.action", contains("PROPOSED", "AGREEMENT_CHANGED", "AGREEMENT_CHANGED"));
        String cursor = first.extract().path("cursor");
        get(student, CHANGES + "?after=" + cursor)
                .body(
                        "items.action",
                        contains(
                                "AGREEMENT_CONFIRMED",
                                "AGREEMENT_CONFIRMED",
                                "AGREEMENT_CONFIRMED",
                                "AGREED",
                                "STARTED"))
                .body("items.actorRole", not(hasItem("SYSTEM")));
        String last = get(student, CHANGES + "?after=" + cursor).extract().path("cursor");
        recorded(student, placement.id(), entry(world, TODAY, "1"));
        get(student, CHANGES + "?after=" + last)
                .body("items.action", contains("ENTRY_SUBMITTED"))
                .body("items[0].placementId", equalTo(placement.id()));
        get(world.businessToken(), CHANGES + "?after=" + last).statusCode(200);
        get(world.registerStudent("SV-TASK-NONE").token(), CHANGES).body("items", empty());
        get(student, CHANGES + "?after=bm9wZQ").statusCode(400).contentType(PROBLEM);
        get(TestTokens.state(), CHANGES).statusCode(403);
        List<String> businessActions =
                get(world.businessToken(), CHANGES + "?limit=200").extract().path("items.action");
        assertEquals("ENTRY_SUBMITTED", businessActions.get(businessActions.size() - 1));
        assertEquals(businessActions, pagedActions(world.schoolToken(), 2));
        get(shared.withNewSchool().schoolToken(), CHANGES).body("items", empty());
        get(shared.withNewBusiness().businessToken(), CHANGES).body("items", empty());
    }

    /** The whole feed of the caller, read {@code limit} at a time from cursor to cursor. */
    private static List<String> pagedActions(String token, int limit) {
        List<String> actions = new ArrayList<>();
        String cursor = "";
        List<String> page;
        do {
            var response = get(token, CHANGES + "?limit=" + limit + cursor).extract();
            page = response.path("items.action");
            actions.addAll(page);
            cursor = "&after=" + response.path("cursor");
        } while (!page.isEmpty());
        return actions;
    }
}
