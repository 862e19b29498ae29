package vn.practica.placement.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.agreement.AgreementCalls.complete;
import static vn.practica.placement.agreement.AgreementCalls.confirm;
import static vn.practica.placement.agreement.AgreementCalls.confirmAll;
import static vn.practica.placement.agreement.AgreementCalls.person;
import static vn.practica.placement.agreement.AgreementCalls.propose;
import static vn.practica.placement.agreement.AgreementCalls.read;
import static vn.practica.placement.agreement.AgreementCalls.revise;
import static vn.practica.placement.agreement.AgreementCalls.start;
import static vn.practica.placement.application.ApplicationWorld.END;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.START;
import static vn.practica.placement.application.ApplicationWorld.TODAY;
import static vn.practica.placement.application.ApplicationWorld.get;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.placement.agreement.AgreementCalls.Proposed;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.placement.PlacementStartService;
import vn.practica.testkit.TestTokens;

/**
 * Agreements through the API on real PostgreSQL and the broker: drafted from the offer, changed and confirmed by
 * the three parties version by version, AGREED, then ACTIVE by the start sweep or a party; races, hour bounds,
 * who may do what, and the events.
 */
@QuarkusTest
class AgreementResourceTest {
    private static ApplicationWorld world;
    private static ExecutorService pool;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("AGREE");
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static String placementPath(String id) {
        return "/api/v1/placements/" + id;
    }

    @Test
    void theAgreementStartsFromTheOfferAndEachPartyReadsItAsItMay() {
        Proposed placement = propose(world, "AGR-READ");
        read(placement.student().token(), placement.id())
                .statusCode(200)
                .header("ETag", "\"1\"")
                .header("Vary", "Accept")
                .body("version", equalTo(1))
                .body("placementStatus", equalTo("PROPOSED"))
                .body("applicantKind", equalTo("STUDENT"))
                .body("startDate", equalTo(START.toString()))
                .body("endDate", equalTo(END.toString()))
                .body("totalHours", equalTo(ApplicationWorld.HOURS))
                .body("weeklyHours", equalTo(37))
                .body("workMode", equalTo("REMOTE"))
                .body("$", not(hasKey("provinceCode")))
                .body("learningObjectives.itemId", contains(world.item().toString()))
                .body("learningObjectives[0].source", equalTo("OFFER"))
                .body("cooperationModel.code", equalTo(world.model()))
                .body("cooperationModel.minHours", equalTo(120))
                .body("cooperationModel.maxHours", equalTo(960))
                .body("clauses[0].key", equalTo("occupational-safety"))
                .body("clauses[0].textVi", org.hamcrest.Matchers.startsWith("Trước khi sinh viên bắt đầu"))
                .body("awaiting", contains("LEARNER", "SCHOOL", "BUSINESS"))
                .body(
                        "parties.learnerName",
                        equalTo("Họ " + placement.student().sourcedId() + " Tên "
                                + placement.student().sourcedId()))
                .body("parties.businessId", equalTo(world.business().toString()))
                .body("$", not(hasKey("schoolSupervisor")));
        read(world.schoolToken(), placement.id()).statusCode(200).body("version", equalTo(1));
        read(world.businessToken(), placement.id()).statusCode(200).body("version", equalTo(1));
        complete(world, placement);
        confirm(placement.student().token(), placement.id(), "3").statusCode(200);
        read(TestTokens.state(), placement.id())
                .statusCode(200)
                .body("parties", not(hasKey("learnerName")))
                .body("$", not(hasKey("schoolSupervisor")))
                .body("$", not(hasKey("businessMentor")))
                .body("confirmations.learner", not(hasKey("confirmedBy")))
                .body("confirmations.learner.confirmedAt", org.hamcrest.Matchers.notNullValue());
        read(world.businessToken(), placement.id())
                .body("businessMentor.name", equalTo("Lê Thị Ánh"))
                .body(
                        "confirmations.learner.confirmedBy",
                        equalTo(placement.student().login()));
        read(world.registerStudent("SV-AGR-OTHER").token(), placement.id())
                .statusCode(404)
                .contentType(PROBLEM);
        read(world.withNewBusiness().businessToken(), placement.id()).statusCode(404);
        read(world.withNewSchool().schoolToken(), placement.id()).statusCode(404);
        RestAssured.given()
                .when()
                .get(AgreementCalls.path(placement.id()))
                .then()
                .statusCode(401);
        read(world.schoolToken(), "not-a-uuid").statusCode(400).contentType(PROBLEM);
        read(world.schoolToken(), UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void theThreePartiesConfirmTheSameVersionAndThePlacementIsAgreedThenActiveOnItsStartDay() throws Exception {
        Proposed placement = propose(world, "AGR-SWEEP");
        complete(world, placement);
        revise(placement.student().token(), placement.id(), "3", Map.of("startDate", TODAY.toString()))
                .statusCode(200)
                .header("ETag", "\"4\"");
        confirm(placement.student().token(), placement.id(), "4")
                .statusCode(200)
                .body("awaiting", contains("SCHOOL", "BUSINESS"))
                .body("placementStatus", equalTo("PROPOSED"));
        confirm(world.schoolToken(), placement.id(), "4").statusCode(200).body("awaiting", contains("BUSINESS"));
        confirm(world.businessToken(), placement.id(), "4")
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("awaiting", empty())
                .body("placementStatus", equalTo("AGREED"));
        get(world.businessToken(), placementPath(placement.id()))
                .body("status", equalTo("AGREED"))
                .body("startsOn", equalTo(TODAY.toString()))
                .header("ETag", "\"2\"");
        PlacementStartService sweep =
                Arc.container().instance(PlacementStartService.class).get();
        assertTrue(sweep.startDuePlacements() >= 1);
        get(world.businessToken(), placementPath(placement.id()))
                .body("status", equalTo("ACTIVE"))
                .header("ETag", "\"3\"");
        assertEquals(0, sweep.startDuePlacements(), "nothing is started twice");
        List<ApplicationOutbox.Event> events = ApplicationOutbox.ofOffer(placement.offerId()).stream()
                .filter(e -> e.type().startsWith("placement."))
                .toList();
        assertEquals(
                List.of("placement.proposed", "placement.agreed", "placement.started"),
                events.stream().map(ApplicationOutbox.Event::type).toList());
        assertEquals("AGREED", events.get(1).data().get("status").asText());
        assertEquals(2, events.get(1).data().get("version").asLong());
        assertEquals("ACTIVE", events.get(2).data().get("status").asText());
        assertEquals(3, events.get(2).data().get("version").asLong());
        String payloads = String.join(
                "\n",
                ApplicationOutbox.texts(
                        "select cast(payload as text) from outbox_event where aggregateid = ?1", placement.id()));
        for (String secret : List.of(
                "Trần Văn Đức",
                "Lê Thị Ánh",
                "gv-1",
                placement.mentor(),
                placement.student().login(),
                "Tên ")) {
            assertFalse(payloads.contains(secret), secret + " must not leave placement-service");
        }
    }

    @Test
    void theSchoolOrTheBusinessStartsAnAgreedPlacementEarlyAndNobodyElse() {
        Proposed placement = propose(world, "AGR-START");
        start(world.businessToken(), placement.id(), "1")
                .statusCode(409)
                .body("type", endsWith("/placement-transition-not-allowed"))
                .body("placementStatus", equalTo("PROPOSED"));
        complete(world, placement);
        confirmAll(world, placement, "3");
        start(placement.student().token(), placement.id(), "2").statusCode(403).contentType(PROBLEM);
        start(TestTokens.state(), placement.id(), "2").statusCode(403);
        start(world.withNewBusiness().businessToken(), placement.id(), "2").statusCode(404);
        start(world.businessToken(), placement.id(), "1").statusCode(412).body("currentVersion", equalTo(2));
        RestAssured.given()
                .auth()
                .oauth2(world.businessToken())
                .when()
                .post(placementPath(placement.id()) + "/start")
                .then()
                .statusCode(428);
        start(world.schoolToken(), placement.id(), "2")
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("ACTIVE"))
                .body("startsOn", equalTo(START.toString()));
        start(world.businessToken(), placement.id(), "*").statusCode(409).body("placementStatus", equalTo("ACTIVE"));
        revise(world.businessToken(), placement.id(), "*", Map.of("weeklyHours", 30))
                .statusCode(409)
                .body("type", endsWith("/agreement-not-editable"));
        confirm(world.businessToken(), placement.id(), "3").statusCode(409);
    }

    @Test
    void aChangeAfterConfirmationsTakesTheNextVersionAndClearsTheOthersConfirmations() {
        Proposed placement = propose(world, "AGR-CLEAR");
        complete(world, placement);
        confirm(placement.student().token(), placement.id(), "3").statusCode(200);
        confirm(world.schoolToken(), placement.id(), "3").statusCode(200).body("awaiting", contains("BUSINESS"));
        revise(world.businessToken(), placement.id(), "3", Map.of("weeklyHours", 40))
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("weeklyHours", equalTo(40))
                .body("awaiting", contains("LEARNER", "SCHOOL", "BUSINESS"))
                .body("confirmations", not(hasKey("learner")));
        confirm(world.businessToken(), placement.id(), "3").statusCode(412).body("currentVersion", equalTo(4));
        confirm(world.schoolToken(), placement.id(), "4").statusCode(200);
        revise(world.schoolToken(), placement.id(), "4", Map.of("totalHours", 400))
                .statusCode(200)
                .header("ETag", "\"5\"")
                .body("confirmations.school.confirmedBy", equalTo("user-school"))
                .body("awaiting", contains("LEARNER", "BUSINESS"));
        revise(world.schoolToken(), placement.id(), "5", Map.of("totalHours", 400))
                .statusCode(200)
                .header("ETag", "\"5\"");
        confirm(placement.student().token(), placement.id(), "5").statusCode(200);
        confirm(placement.student().token(), placement.id(), "5")
                .statusCode(200)
                .body("awaiting", contains("BUSINESS"));
        confirm(world.businessToken(), placement.id(), "5").statusCode(200).body("placementStatus", equalTo("AGREED"));
    }

    @Test
    void twoPartiesChangingTheSameVersionAtOnceLeaveOneChangeAndOneStaleVersion() throws Exception {
        Proposed placement = propose(world, "AGR-RACE");
        complete(world, placement);
        long version = 3;
        for (int round = 0; round < 6; round++) {
            String ifMatch = Long.toString(version);
            List<Integer> statuses = together(
                    () -> revise(world.schoolToken(), placement.id(), ifMatch, Map.of("weeklyHours", 40))
                            .extract()
                            .statusCode(),
                    () -> revise(world.businessToken(), placement.id(), ifMatch, Map.of("weeklyHours", 41))
                            .extract()
                            .statusCode());
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "round " + round);
            version++;
            read(world.schoolToken(), placement.id()).header("ETag", "\"" + version + "\"");
            // Back to a weekly load neither racer sends, so the next round changes something whoever wins
            revise(world.schoolToken(), placement.id(), Long.toString(version), Map.of("weeklyHours", 39))
                    .statusCode(200);
            version++;
        }
        String current = Long.toString(version);
        List<Integer> statuses = together(
                () -> confirm(placement.student().token(), placement.id(), current)
                        .extract()
                        .statusCode(),
                () -> revise(world.businessToken(), placement.id(), current, Map.of("weeklyHours", 42))
                        .extract()
                        .statusCode());
        assertEquals(200, statuses.get(1));
        read(world.schoolToken(), placement.id())
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("confirmations", not(hasKey("learner")));
    }

    @Test
    void hoursOutsideTheModelsBoundsOrBeyondThePeriodAreRefusedAndChangeNothing() {
        Proposed placement = propose(world, "AGR-HOURS");
        revise(world.schoolToken(), placement.id(), "1", Map.of("totalHours", 100))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", endsWith("/agreement-hours-outside-model"))
                .body("minHours", equalTo(120))
                .body("maxHours", equalTo(960));
        revise(world.businessToken(), placement.id(), "1", Map.of("totalHours", 961))
                .statusCode(422)
                .body("type", endsWith("/agreement-hours-outside-model"));
        revise(placement.student().token(), placement.id(), "1", Map.of("weeklyHours", 10, "totalHours", 960))
                .statusCode(422)
                .body("type", endsWith("/agreement-hours-exceed-period"))
                .body("maxTotalHours", equalTo(130));
        revise(world.schoolToken(), placement.id(), "1", Map.of("weeklyHours", 49))
                .statusCode(400)
                .body("errors.field", hasItem("body.weeklyHours"));
        revise(world.schoolToken(), placement.id(), "1", Map.of("weeklyHours", 10, "totalHours", 130))
                .statusCode(200)
                .header("ETag", "\"2\"");
        revise(
                        world.schoolToken(),
                        placement.id(),
                        "2",
                        Map.of("endDate", START.minusDays(1).toString()))
                .statusCode(400)
                .body("errors.field", hasItem("body.endDate"));
        revise(
                        world.schoolToken(),
                        placement.id(),
                        "2",
                        Map.of("startDate", TODAY.minusDays(1).toString()))
                .statusCode(400)
                .body("errors.field", hasItem("body.startDate"));
        revise(world.schoolToken(), placement.id(), "2", Map.of("workMode", "ONSITE"))
                .statusCode(400)
                .body("errors.field", hasItem("body.provinceCode"));
        read(world.schoolToken(), placement.id()).header("ETag", "\"2\"").body("totalHours", equalTo(130));
    }

    @Test
    void onlyThePartiesChangeAndConfirmEachWhatIsTheirs() {
        Proposed placement = propose(world, "AGR-ROLES");
        String id = placement.id();
        Map<String, Object> hours = Map.of("weeklyHours", 30);
        revise(TestTokens.state(), id, "1", hours).statusCode(403).contentType(PROBLEM);
        revise(world.withNewBusiness().businessToken(), id, "1", hours).statusCode(404);
        revise(world.withNewSchool().schoolToken(), id, "1", hours).statusCode(404);
        revise(world.registerStudent("SV-AGR-ROLES-OTHER").token(), id, "1", hours)
                .statusCode(404);
        revise(world.schoolToken(), id, null, hours).statusCode(428);
        revise(world.schoolToken(), id, "1", Map.of()).statusCode(400);
        revise(placement.student().token(), id, "1", Map.of("schoolSupervisor", person("gv", "Cô Hà")))
                .statusCode(403);
        revise(world.schoolToken(), id, "1", Map.of("businessMentor", person(placement.mentor(), "Anh Nam")))
                .statusCode(403);
        revise(world.businessToken(), id, "1", Map.of("businessMentor", person("not-a-mentor", "Anh Nam")))
                .statusCode(400)
                .body("errors.field", hasItem("body.businessMentor.subject"));
        revise(placement.student().token(), id, "1", Map.of("addedObjectiveItemIds", List.of()))
                .statusCode(403);
        confirm(world.schoolToken(), id, "1").statusCode(409).body("type", endsWith("/agreement-incomplete"));
        complete(world, placement);
        confirm(TestTokens.state(), id, "3").statusCode(403);
        // A mentor of another business cannot confirm this business's placement: not even told it exists
        confirm(
                        TestTokens.user(
                                placement.mentor(),
                                "business",
                                UUID.randomUUID().toString()),
                        id,
                        "3")
                .statusCode(404);
        confirm(world.registerStudent("SV-AGR-ROLES-THIRD").token(), id, "3").statusCode(404);
        confirm(world.businessToken(), id, "*").statusCode(428).body("type", endsWith("/if-match-required"));
        confirm(world.businessToken(), id, null).statusCode(428);
        confirm(world.businessToken(), id, "nonsense").statusCode(412);
        read(world.businessToken(), id).body("awaiting", contains("LEARNER", "SCHOOL", "BUSINESS"));
        RestAssured.given()
                .auth()
                .oauth2(placement.student().token())
                .header("If-Match", "*")
                .contentType("application/json")
                .body(Map.of("reason", "Em đổi kế hoạch."))
                .when()
                .post(placementPath(id) + "/withdraw")
                .then()
                .statusCode(200);
        revise(world.schoolToken(), id, "3", hours).statusCode(409).body("placementStatus", equalTo("WITHDRAWN"));
        confirm(world.schoolToken(), id, "3").statusCode(409);
    }

    @Test
    void theSchoolAddsObjectivesItsStudentsProgrammeTeaches() {
        ApplicationWorld own = world.withNewSchool();
        UUID taught = CatalogAnnouncements.competencyItem();
        own.announceCurriculum(taught);
        UUID untaught = CatalogAnnouncements.competencyItem();
        Proposed placement = propose(own, "AGR-OBJ");
        revise(own.schoolToken(), placement.id(), "1", Map.of("addedObjectiveItemIds", List.of(untaught.toString())))
                .statusCode(400)
                .body("errors.field", hasItem("body.addedObjectiveItemIds"));
        revise(own.schoolToken(), placement.id(), "1", Map.of("addedObjectiveItemIds", List.of(UUID.randomUUID())))
                .statusCode(400);
        revise(own.schoolToken(), placement.id(), "1", Map.of("addedObjectiveItemIds", List.of(taught.toString())))
                .statusCode(200)
                .body("learningObjectives.itemId", contains(own.item().toString(), taught.toString()))
                .body("learningObjectives.source", contains("OFFER", "SCHOOL"));
    }

    @Test
    void aSchoolHoldingThePlaceForItsCourseConfirmsAsTheLearner() {
        ApplicationWorld own = world.withNewSchool();
        String course = own.announceCurriculum(own.item());
        String mentor = AgreementCalls.MENTOR + "AGR-COURSE";
        String offerId = own.openOffer(
                "AGR-COURSE",
                ApplicationWorld.with(
                        ApplicationWorld.with(own.offer("Chuyên gia"), "contributionKind", "EXPERT_TEACHING"),
                        "mentorSubjects",
                        List.of(mentor)));
        String application = ApplicationWorld.apply(
                        own.schoolToken(),
                        offerId,
                        ApplicationWorld.with(
                                ApplicationWorld.application("Môn cần chuyên gia", "Học kỳ 2"),
                                "courseSourcedId",
                                course))
                .statusCode(201)
                .extract()
                .path("id");
        ApplicationWorld.move(own.businessToken(), application, "offer", null).statusCode(200);
        String id = ApplicationWorld.move(own.schoolToken(), application, "accept", null)
                .statusCode(201)
                .extract()
                .path("id");
        Proposed placement = new Proposed(id, null, offerId, mentor);
        read(own.schoolToken(), id)
                .body("applicantKind", equalTo("SCHOOL"))
                .body("parties.learnerName", endsWith(course));
        complete(own, placement);
        confirm(own.schoolToken(), id, "3").statusCode(200).body("awaiting", contains("BUSINESS"));
        confirm(own.businessToken(), id, "3").statusCode(200).body("placementStatus", equalTo("AGREED"));
    }

    @Test
    void theAuditTrailRecordsEveryTransitionAndConfirmationForThePartiesAndTheState() {
        Proposed placement = propose(world, "AGR-AUDIT");
        String id = placement.id();
        complete(world, placement);
        confirmAll(world, placement, "3");
        start(world.businessToken(), id, "2").statusCode(200);
        AgreementCalls.audit(world.schoolToken(), id)
                .statusCode(200)
                .body(
                        "items.action",
                        contains(
                                "PROPOSED",
                                "AGREEMENT_CHANGED",
                                "AGREEMENT_CHANGED",
                                "AGREEMENT_CONFIRMED",
                                "AGREEMENT_CONFIRMED",
                                "AGREEMENT_CONFIRMED",
                                "AGREED",
                                "STARTED"))
                .body(
                        "items.actorRole",
                        contains(
                                "STUDENT",
                                "SCHOOL",
                                "BUSINESS",
                                "STUDENT",
                                "SCHOOL",
                                "BUSINESS",
                                "BUSINESS",
                                "BUSINESS"))
                .body("items[0].actorSubject", equalTo(placement.student().login()))
                .body("items[0].agreementVersion", equalTo(1))
                .body("items[1].changes[0].member", equalTo("schoolSupervisor"))
                .body("items[1].changes[0]", not(hasKey("from")))
                .body("items[1].changes[0].to", equalTo("Trần Văn Đức (gv-1)"))
                .body("items[1].agreementVersion", equalTo(2))
                .body("items[5].agreementVersion", equalTo(3))
                .body("items[6].placementStatus", equalTo("AGREED"))
                .body("items[7].placementStatus", equalTo("ACTIVE"))
                .body("nextCursor", nullValue());
        AgreementCalls.audit(TestTokens.state(), id)
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(8))
                .body("items[0]", not(hasKey("actorSubject")))
                .body("items[1].changes[0].member", equalTo("schoolSupervisor"))
                .body("items[1].changes[0]", not(hasKey("to")));
        String firstPage = RestAssured.given()
                .auth()
                .oauth2(placement.student().token())
                .when()
                .get(placementPath(id) + "/audit?limit=3")
                .then()
                .statusCode(200)
                .body("items.action", contains("PROPOSED", "AGREEMENT_CHANGED", "AGREEMENT_CHANGED"))
                .extract()
                .path("nextCursor");
        RestAssured.given()
                .auth()
                .oauth2(placement.student().token())
                .queryParam("cursor", firstPage)
                .queryParam("limit", 3)
                .when()
                .get(placementPath(id) + "/audit")
                .then()
                .body("items.action", contains("AGREEMENT_CONFIRMED", "AGREEMENT_CONFIRMED", "AGREEMENT_CONFIRMED"));
        AgreementCalls.audit(world.withNewBusiness().businessToken(), id).statusCode(404);
        get(world.schoolToken(), placementPath(id) + "/audit?cursor=bm90LW91cnM")
                .statusCode(400);
        RestAssured.given().when().get(placementPath(id) + "/audit").then().statusCode(401);
    }

    /** Runs both calls at once; their statuses in the calls' order. */
    private static List<Integer> together(
            java.util.concurrent.Callable<Integer> first, java.util.concurrent.Callable<Integer> second)
            throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (var call : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                gate.await();
                return call.call();
            }));
        }
        gate.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
