package vn.practica.reporting.placementkpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.reporting.placementkpi.KpiTables.PATH;
import static vn.practica.reporting.placementkpi.KpiTables.assertKpis;
import static vn.practica.reporting.placementkpi.KpiTables.kpis;
import static vn.practica.reporting.placementkpi.KpiTables.read;
import static vn.practica.reporting.placementkpi.KpiTables.row;
import static vn.practica.reporting.placementkpi.KpiTables.rows;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

/** Who reads which slice of the placement KPIs, the CSV form, and what hostile parameters get. */
@QuarkusTest
class PlacementKpiAccessTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String[] YEAR_2027 = {"from", "2027-01-01", "to", "2027-12-31"};
    private static PlacementKpiStory story;

    private static synchronized PlacementKpiStory story() {
        if (story == null) {
            story = new PlacementKpiStory();
            story.events.send();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> rows(read(TestTokens.state(), with("businessId", story.business.toString())))
                                    .size()
                            == 3);
        }
        return story;
    }

    private static String[] with(String... more) {
        String[] query = new String[YEAR_2027.length + more.length];
        System.arraycopy(YEAR_2027, 0, query, 0, YEAR_2027.length);
        System.arraycopy(more, 0, query, YEAR_2027.length, more.length);
        return query;
    }

    @Test
    void aSchoolReadsItsOwnStudentsOnlyWithoutNamingItself() {
        PlacementKpiStory s = story();

        Map<String, Object> table = read(TestTokens.school(s.schoolA.toString()), YEAR_2027);

        // Six of its students applied in Q1: all of theirs, nothing of school B's one, no offer side
        assertKpis(
                kpis(
                        "suppressed",
                        false,
                        "applications",
                        6,
                        "activeApplicants",
                        6,
                        "placedApplicants",
                        3,
                        "placementRate",
                        0.5,
                        "filledSeats",
                        2,
                        "participatingSchools",
                        1,
                        "offersPublished",
                        null,
                        "seatsOffered",
                        null,
                        "fillRate",
                        null),
                row(table, "2027-Q1", List.of(), Map.of()));
        assertKpis(kpis("suppressed", true, "applications", null), row(table, "2027-Q2", List.of(), Map.of()));
        assertEquals(2, rows(table).size(), "school B's Q3 is not in school A's slice");
    }

    @Test
    void aSchoolNamingAnotherSchoolIsRefused() {
        PlacementKpiStory s = story();
        given().auth()
                .oauth2(TestTokens.school(s.schoolA.toString()))
                .queryParam("schoolId", s.schoolB.toString())
                .when()
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void aBusinessReadsItsOwnOffersOnlyAndMayNotNameAnother() {
        PlacementKpiStory s = story();
        String token = TestTokens.business(s.business.toString());

        Map<String, Object> own = read(token, YEAR_2027);
        assertEquals(rows(read(TestTokens.state(), with("businessId", s.business.toString()))), rows(own));

        given().auth()
                .oauth2(token)
                .queryParam("businessId", UUID.randomUUID().toString())
                .when()
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        assertTrue(rows(read(TestTokens.business(UUID.randomUUID().toString()), YEAR_2027))
                .isEmpty());
    }

    @Test
    void aTokenWithoutAnOrganizationIdReadsNoSlice() {
        for (String token : new String[] {TestTokens.school("HUST"), TestTokens.business("VNG")}) {
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void studentsMayNotReadKpisAndNobodyWithoutAToken() {
        given().auth()
                .oauth2(TestTokens.student(UUID.randomUUID().toString()))
                .when()
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().when().get(PATH).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.forged()).when().get(PATH).then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.token("auditor", "MOST"))
                .when()
                .get(PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void csvIsTheSameTableWithAByteOrderMarkAndTheSameSuppression() {
        PlacementKpiStory s = story();
        byte[] body = given().auth()
                .oauth2(TestTokens.state())
                .accept("text/csv")
                .queryParams(Map.of(
                        "businessId",
                        s.business.toString(),
                        "groupBy",
                        "school",
                        "from",
                        "2027-01-01",
                        "to",
                        "2027-03-31"))
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Vary", "Accept")
                .extract()
                .asByteArray();

        assertEquals("\uFEFF", new String(body, 0, 3, StandardCharsets.UTF_8), "UTF-8 byte order mark");
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(
                "period,periodStart,schoolId,totalOver,suppressed,offersPublished,seatsOffered,filledSeats,fillRate,"
                        + "applications,activeApplicants,placedApplicants,placementRate,unmetDemand,"
                        + "medianDaysToPlacement,applicationWithdrawals,placementWithdrawals,terminations,"
                        + "participatingBusinesses,newBusinesses,repeatBusinesses,participatingSchools,newSchools,"
                        + "repeatSchools",
                lines.get(0));
        assertEquals(
                "2027-Q1,2027-01-01,,school,false,1,3,2,0.6667,7,7,3,0.4286,4,10.0,1,1,0,1,1,0,2,2,0", lines.get(1));
        assertEquals(4, lines.size(), "header, total, schools A and B: " + lines);
        for (String line : lines.subList(2, 4)) {
            // no offer side in a school's row, no student count in a suppressed one: 19 empty KPI cells
            assertTrue(line.endsWith(",true" + ",".repeat(19)), "suppressed school row: " + line);
        }
    }

    @Test
    void jsonAnswersCarryTheirRangeAndK() {
        given().auth()
                .oauth2(TestTokens.state())
                .queryParams(Map.of(
                        "from", "2027-02-10", "to", "2027-05-01", "period", "quarter", "groupBy", "province,field"))
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .header("Vary", "Accept")
                .body("from", equalTo("2027-01-01"))
                .body("to", equalTo("2027-06-30"))
                .body("groupBy", equalTo(List.of("field", "province")))
                .body("minimumCellSize", equalTo(5))
                .body("period", equalTo("quarter"));
    }

    @Test
    void hostileParametersAreRefusedWithAProblem() {
        Map<String, String> hostile = Map.ofEntries(
                Map.entry("groupBy", "field,\u0000"),
                Map.entry("period", "week"),
                Map.entry("from", "-4713-01-01"),
                Map.entry("to", "+1000000000-01-01"),
                Map.entry("field", "it"),
                Map.entry("province", "HCM\u0007"),
                Map.entry("schoolId", "1-2-3-4-5"),
                Map.entry("businessId", "x"));
        hostile.forEach((name, value) -> given().auth()
                .oauth2(TestTokens.state())
                .queryParam(name, value)
                .when()
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", startsWith("https://practica.vn/problems/")));
        for (String[] query : new String[][] {
            {"groupBy", "field,field"},
            {"groupBy", "student"},
            {"from", "2027-02-30"},
            {"from", "1999-12-31"},
            {"from", "2027-05-01", "to", "2027-04-30"},
            {"from", "2020-01-01", "to", "2031-01-02"}
        }) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .queryParams(pairs(query))
                    .when()
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem(startsWith("query.")));
        }
    }

    @Test
    void aCsvRequestThatFailsStillGetsAProblemAndAnUnknownFormatA406() {
        given().auth()
                .oauth2(TestTokens.state())
                .accept("text/csv")
                .queryParam("groupBy", "student")
                .when()
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .accept("application/xml")
                .when()
                .get(PATH)
                .then()
                .statusCode(406)
                .contentType(PROBLEM);
    }

    @Test
    void rolesOfTheMatrix() {
        for (String role : new String[] {Roles.STATE, Roles.SCHOOL, Roles.BUSINESS}) {
            given().auth()
                    .oauth2(TestTokens.token(role, UUID.randomUUID().toString()))
                    .when()
                    .get(PATH)
                    .then()
                    .statusCode(200);
        }
    }

    private static Map<String, String> pairs(String[] query) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            map.put(query[i], query[i + 1]);
        }
        return map;
    }
}
