package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.offer.Offers.PROBLEM;
import static vn.practica.placement.offer.Offers.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

/**
 * "For me": a student's open offers ranked by what their programme covers, announced by catalog events as a
 * school's LMS would sync it. Each test posts under a field of its own and filters by it, so it sees only its
 * own offers among those of other tests.
 */
@QuarkusTest
class OfferForMeResourceTest {
    private static final String PATH = "/api/v1/offers/for-me";
    /**
     * The staleness bound the endpoint documents for a change made through another instance (about 1 s: one
     * refresh interval and one read), with slack for a loaded 2-core machine.
     */
    private static final Duration INDEX_BOUND = Duration.ofSeconds(10);

    @Inject
    EntityManager em;

    /** A school with a student in programme {@code programme}, third year; the student's token. */
    private record Student(UUID school, String programme, String token) {
        static Student registered(String programme) {
            UUID school = CatalogAnnouncements.verifiedSchool();
            String login = "login-" + UUID.randomUUID();
            Map<String, Object> row = new HashMap<>();
            row.put("sourcedId", "SV-" + UUID.randomUUID().toString().substring(0, 8));
            row.put("programSourcedId", programme);
            row.put("yearOfStudy", 3);
            row.put("givenName", "Lan");
            row.put("familyName", "Trần Thị");
            row.put("email", login + "@sv.example.edu.vn");
            row.put("phone", "+84 912 000 111");
            row.put("loginSubject", login);
            row.put("fieldInterests", List.of());
            given().auth()
                    .oauth2(TestTokens.school(school.toString()))
                    .contentType(ContentType.JSON)
                    .body(Map.of("students", List.of(row)))
                    .when()
                    .put("/api/v1/schools/" + school + "/students")
                    .then()
                    .statusCode(200)
                    .body("results[0].outcome", equalTo("created"));
            return new Student(school, programme, TestTokens.user(login, Roles.STUDENT, school.toString()));
        }
    }

    private static JsonPath forMe(Student student, Map<String, ?> query) {
        return given().auth()
                .oauth2(student.token())
                .queryParams(query)
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> titles(Student student, Map<String, ?> query) {
        return forMe(student, query).getList("items.offer.title");
    }

    /** Waits until the index (refreshed every second) shows exactly these titles under the query. */
    private static void awaitTitles(Student student, Map<String, ?> query, List<String> expected) {
        await().atMost(INDEX_BOUND).untilAsserted(() -> assertEquals(expected, titles(student, query)));
    }

    @Test
    void onlyStudentsWithARecordAskAndOthersAreRefused() {
        for (String token : List.of(
                TestTokens.school(UUID.randomUUID().toString()),
                TestTokens.business(UUID.randomUUID().toString()),
                TestTokens.state())) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403).contentType(PROBLEM);
        }
        given().when().get(PATH).then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.user(
                        "nobody-" + UUID.randomUUID(),
                        Roles.STUDENT,
                        UUID.randomUUID().toString()))
                .when()
                .get(PATH)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/not-found"));
    }

    @Test
    void offersRankByItemsTheProgrammeCoversThenFewerMissingWithTheOverlapShown() {
        Offers.World world = Offers.World.announce("FORME");
        UUID a = world.item();
        UUID b = CatalogAnnouncements.competencyItem();
        UUID c = CatalogAnnouncements.competencyItem();
        UUID d = CatalogAnnouncements.competencyItem();
        Student student =
                Student.registered("CTDT-" + UUID.randomUUID().toString().substring(0, 8));
        CatalogAnnouncements.programme(student.school(), student.programme(), List.of(a, b, c));
        world.open("R-ONE", requiring(world, "Một mục", a));
        world.open("R-TWO-OF-THREE", requiring(world, "Hai trên ba", a, b, d));
        world.open("R-TWO", requiring(world, "Hai mục đủ", a, b));
        world.open("R-NONE", requiring(world, "Không mục nào", d));

        Map<String, String> own = Map.of("fieldCode", world.field());
        awaitTitles(student, own, List.of("Hai mục đủ", "Hai trên ba", "Một mục", "Không mục nào"));
        JsonPath page = forMe(student, own);
        assertEquals(2, page.getInt("items[1].coverage.coveredCount"));
        assertEquals(3, page.getInt("items[1].coverage.requiredCount"));
        assertEquals(
                new HashSet<>(List.of(a.toString(), b.toString())),
                new HashSet<>(page.getList("items[1].coverage.covered")));
        assertEquals(List.of(d.toString()), page.getList("items[1].coverage.missing"));
        assertEquals("1.1.HT", page.getString("items[1].coverage.itemCodes[0].humanCodingScheme"));
        assertEquals(List.of(), page.getList("items[0].coverage.missing"));
        assertEquals(world.business().toString(), page.getString("items[0].offer.businessId"));
        assertEquals(3, page.getInt("items[0].offer.seatsAvailable"));
    }

    @Test
    void offersTheStudentMayNotApplyToAreLeftOut() {
        Offers.World world = Offers.World.announce("FMOUT");
        Student student = Student.registered("CTDT-OUT");
        world.open("O-OPEN", world.offer("Mở cho bạn"));
        world.upsert("O-DRAFT", world.offer("Bản nháp"));
        world.open("O-CLOSED", world.offer("Đã đóng"));
        world.transition("O-CLOSED", "close", null).statusCode(200);
        world.open(
                "O-OTHER-SCHOOL",
                with(
                        world.offer("Trường khác"),
                        "eligibility",
                        Map.of("schoolIds", List.of(UUID.randomUUID().toString()))));
        world.open(
                "O-OTHER-PROGRAMME",
                with(world.offer("Ngành khác"), "eligibility", Map.of("programSourcedIds", List.of("CTDT-KHAC"))));
        world.open("O-FINAL-YEAR", with(world.offer("Năm cuối"), "eligibility", Map.of("yearsOfStudy", List.of(5))));
        world.open(
                "O-OWN",
                with(
                        world.offer("Đúng trường, ngành, năm"),
                        "eligibility",
                        Map.of(
                                "schoolIds", List.of(student.school().toString()),
                                "programSourcedIds", List.of("CTDT-OUT"),
                                "yearsOfStudy", List.of(3))));
        String teaching = world.open("O-TEACHING", world.offer("Chuyên gia giảng dạy"));
        // Schools apply to expert teaching for a course; the sample model takes internships only, so the row is
        // changed as another writer would, which also shows the index follows writes it did not see
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update offer set contribution_kind = 'EXPERT_TEACHING', updated_at = now() where id = ?1")
                        .setParameter(1, UUID.fromString(teaching))
                        .executeUpdate());
        // Nothing covered and one deadline: the order is the ids', so compare as a set
        await().atMost(INDEX_BOUND)
                .untilAsserted(() -> assertEquals(
                        Set.of("Mở cho bạn", "Đúng trường, ngành, năm"),
                        new HashSet<>(titles(student, Map.of("fieldCode", world.field())))));
    }

    @Test
    void aStudentWhoseProgrammeCatalogHasNotAnnouncedSeesOffersByDeadlineWithNothingCovered() {
        Offers.World world = Offers.World.announce("FMNONE");
        Student student = Student.registered(
                "CTDT-UNANNOUNCED-" + UUID.randomUUID().toString().substring(0, 6));
        UUID other = CatalogAnnouncements.competencyItem();
        world.open("N-LATE", requiring(world, "Hạn muộn", world.item(), other));
        world.open(
                "N-EARLY",
                with(
                        requiring(world, "Hạn sớm", world.item(), other),
                        "validThrough",
                        Offers.DEADLINE.minusDays(7).toString()));
        world.open(
                "N-MID",
                with(
                        requiring(world, "Hạn giữa", world.item()),
                        "validThrough",
                        Offers.DEADLINE.minusDays(3).toString()));
        Map<String, String> own = Map.of("fieldCode", world.field());
        awaitTitles(student, own, List.of("Hạn sớm", "Hạn giữa", "Hạn muộn"));
        assertEquals(List.of(0, 0, 0), forMe(student, own).getList("items.coverage.coveredCount"));
    }

    @Test
    void cursorPagingWalksEveryOfferOnceInRankingOrder() {
        Offers.World world = Offers.World.announce("FMPAGE");
        UUID other = CatalogAnnouncements.competencyItem();
        Student student =
                Student.registered("CTDT-PAGE-" + UUID.randomUUID().toString().substring(0, 6));
        CatalogAnnouncements.programme(student.school(), student.programme(), List.of(world.item()));
        for (int i = 1; i <= 7; i++) {
            Map<String, Object> body = i % 2 == 0
                    ? requiring(world, "Trang " + i, world.item())
                    : requiring(world, "Trang " + i, world.item(), other);
            world.open(
                    "P-" + i,
                    with(body, "validThrough", Offers.DEADLINE.minusDays(i % 3).toString()));
        }
        Map<String, Object> query = new HashMap<>(Map.of("fieldCode", world.field(), "limit", 100));
        await().atMost(INDEX_BOUND).until(() -> titles(student, query).size() == 7);
        List<String> whole = titles(student, query);
        query.put("limit", 3);
        List<String> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor;
        do {
            JsonPath page = forMe(student, query);
            walked.addAll(page.getList("items.offer.title"));
            sizes.add(page.getList("items").size());
            cursor = page.getString("nextCursor");
            query.put("cursor", cursor);
        } while (cursor != null);
        assertEquals(whole, walked);
        assertEquals(7, new HashSet<>(walked).size());
        assertEquals(List.of(3, 3, 1), sizes);
        assertTrue(
                whole.subList(0, 3).stream().allMatch(t -> Integer.parseInt(t.substring(6)) % 2 == 0),
                whole.toString());
    }

    @Test
    void aChangeWrittenElsewhereShowsWithinTheStalenessBound() {
        Offers.World world = Offers.World.announce("FMSTALE");
        Student student = Student.registered("CTDT-STALE");
        String id = world.open("S-1", world.offer("Sẽ đóng ở nơi khác"));
        Map<String, String> own = Map.of("fieldCode", world.field());
        awaitTitles(student, own, List.of("Sẽ đóng ở nơi khác"));
        // As another instance would commit it: this instance's index learns of it only from the table
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update offer set province_code = 'DN', updated_at = now() where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
        awaitTitles(student, Map.of("fieldCode", world.field(), "provinceCode", "DN"), List.of("Sẽ đóng ở nơi khác"));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update offer set status = 'CLOSED', updated_at = now() where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
        awaitTitles(student, own, List.of());
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        Student student = Student.registered("CTDT-BAD");
        for (Map.Entry<String, String> query : List.of(
                Map.entry("limit", "0"),
                Map.entry("limit", "101"),
                Map.entry("limit", "abc"),
                Map.entry("cursor", "not-a-cursor"),
                Map.entry("cursor", forgedCursor("51|0|2027-01-01|00000000-0000-0000-0000-000000000000")),
                Map.entry("cursor", forgedCursor("1|0|+99999-01-01|00000000-0000-0000-0000-000000000000")),
                Map.entry("fieldCode", "IT\u0000"),
                Map.entry("provinceCode", "H\u0007N"),
                Map.entry("workMode", "TELEPORT"),
                Map.entry("competencyItemId", "1-2-3-4-5"),
                Map.entry("deadlineAfter", "2027-02-30"))) {
            var refused = given().auth()
                    .oauth2(student.token())
                    .queryParam(query.getKey(), query.getValue())
                    .when()
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            if (!"limit".equals(query.getKey())) {
                refused.body("errors.field", org.hamcrest.Matchers.hasItem("query." + query.getKey()));
            }
        }
    }

    private static String forgedCursor(String raw) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
    }

    private static Map<String, Object> requiring(Offers.World world, String title, UUID... items) {
        return with(
                world.offer(title),
                "competencyItemIds",
                java.util.Arrays.stream(items).map(UUID::toString).toList());
    }
}
