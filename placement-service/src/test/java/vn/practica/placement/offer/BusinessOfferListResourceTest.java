package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.offer.Offers.PROBLEM;
import static vn.practica.placement.offer.Offers.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;

/** Up to a thousand offers in one request, judged row by row, with one result per row. */
@QuarkusTest
class BusinessOfferListResourceTest {
    private static Offers.World world;

    @BeforeAll
    static void announce() {
        world = Offers.World.announce("BULK");
    }

    private static Map<String, Object> row(String externalRef, Map<String, Object> offer) {
        Map<String, Object> row = new HashMap<>();
        row.put("externalRef", externalRef);
        row.put("offer", offer);
        return row;
    }

    private static JsonPath upsertAll(Offers.World own, List<?> rows) {
        return given().auth()
                .oauth2(own.token())
                .contentType(ContentType.JSON)
                .body(Map.of("offers", rows))
                .when()
                .put(Offers.path(own.business()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aBatchCreatesOnceAndTheSameBatchAgainIsUnchangedAndAnnouncesNothing() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        List<Map<String, Object>> rows =
                List.of(row("B-1", own.offer("Một")), row("B-2", own.offer("Hai")), row("B-3", own.offer("Ba")));
        JsonPath first = upsertAll(own, rows);
        assertEquals(3, first.getInt("created"));
        assertEquals(List.of("B-1", "B-2", "B-3"), first.getList("results.externalRef"));
        assertEquals(List.of(1, 1, 1), first.getList("results.version"));
        own.transition("B-2", "open", null).statusCode(200);

        JsonPath again = upsertAll(own, rows);
        assertEquals(3, again.getInt("unchanged"));
        assertEquals(first.getList("results.offerId"), again.getList("results.offerId"));

        List<Map<String, Object>> changed = List.of(
                row("B-1", own.offer("Một")),
                row("B-2", own.offer("Hai, nhiều chỗ hơn")),
                row("B-4", own.offer("Bốn")));
        JsonPath third = upsertAll(own, changed);
        assertEquals(List.of("unchanged", "updated", "created"), third.getList("results.outcome"));
        assertEquals(List.of("offer.published", "offer.updated"), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void eachBadRowIsRejectedWithItsReasonAndTheGoodRowsStillApply() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Tốt");
        own.upsert("R-CLOSED", offer);
        own.transition("R-CLOSED", "open", null).statusCode(200);
        own.transition("R-CLOSED", "close", null).statusCode(200);
        List<Map<String, Object>> rows = new ArrayList<>(List.of(
                row("R-OK", offer),
                row("R-FIELD", with(offer, "fieldCode", "ASTROLOGY")),
                row("R-SEATS", with(offer, "totalJobOpenings", 0)),
                row(
                        "R-DATES",
                        with(offer, "jobEndDate", Offers.START.minusDays(1).toString())),
                row("R-NULL", with(offer, "applicantQuestions", Arrays.asList("Vì sao?", null))),
                row("bad ref", offer),
                row("R-CLOSED", with(offer, "title", "Đổi sau khi đóng")),
                row("R-DUP", offer),
                row("R-DUP", offer)));
        Map<String, Object> noOffer = new HashMap<>();
        noOffer.put("externalRef", "R-EMPTY");
        rows.add(noOffer);
        JsonPath result = upsertAll(own, rows);
        assertEquals(1, result.getInt("created"));
        assertEquals(rows.size() - 1, result.getInt("rejected"));
        List<String> reasons = result.getList("results.reason");
        assertNull(reasons.get(0));
        assertNotNull(result.getString("results[0].offerId"));
        assertEquals("fieldCode: unknown or retired field ASTROLOGY", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("offer.totalJobOpenings: must be greater"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("jobEndDate: must not be before jobStartDate"), reasons.get(3));
        assertEquals("offer.applicantQuestions[1]: must not be blank", reasons.get(4));
        assertTrue(reasons.get(5).startsWith("externalRef: must be your offer id"), reasons.get(5));
        assertTrue(reasons.get(6).contains("is CLOSED"), reasons.get(6));
        assertEquals("duplicate externalRef in this batch", reasons.get(7));
        assertEquals("duplicate externalRef in this batch", reasons.get(8));
        assertEquals("offer: must not be null", reasons.get(9));
        assertEquals(List.of("offer.published", "offer.closed"), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void moreRowsThanTheLimitOrANullRowAreRefusedWholeAndNothingIsWritten() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Quá nhiều");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= OfferLimits.MAX_ROWS; i++) {
            tooMany.add(row("M-" + i, offer));
        }
        given().auth()
                .oauth2(own.token())
                .contentType(ContentType.JSON)
                .body(Map.of("offers", tooMany))
                .when()
                .put(Offers.path(own.business()))
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", endsWith("/row-limit-exceeded"));
        given().auth()
                .oauth2(own.token())
                .contentType(ContentType.JSON)
                .body(Map.of("offers", Arrays.asList(row("M-1", offer), null)))
                .when()
                .put(Offers.path(own.business()))
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body.offers[1]"));
        given().auth()
                .oauth2(own.token())
                .when()
                .get(Offers.path(own.business()))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aThousandOffersApplyInOneRequest() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < OfferLimits.MAX_ROWS; i++) {
            rows.add(row("K-" + i, own.offer("Vị trí số " + i)));
        }
        Collections.shuffle(rows);
        JsonPath result = upsertAll(own, rows);
        assertEquals(OfferLimits.MAX_ROWS, result.getInt("created"));
        assertEquals(OfferLimits.MAX_ROWS, upsertAll(own, rows).getInt("unchanged"));
    }
}
