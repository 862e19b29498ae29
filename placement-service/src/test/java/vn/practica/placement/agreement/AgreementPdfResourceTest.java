package vn.practica.placement.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.agreement.AgreementCalls.complete;
import static vn.practica.placement.agreement.AgreementCalls.confirmAll;
import static vn.practica.placement.agreement.AgreementCalls.propose;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.agreement.AgreementCalls.Proposed;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * The printable agreement: a PDF with an embedded Unicode font, parsed back with PDFBox, holding the parties'
 * Vietnamese names as written, the terms, the clauses and the three confirmations with their times.
 */
@QuarkusTest
class AgreementPdfResourceTest {
    private static final String SCHOOL = "Trường Đại học Cần Thơ";
    private static final String BUSINESS = "Công ty Cổ phần Cảng số Hải Phòng";
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announceNamed("AGRPDF", SCHOOL, BUSINESS);
    }

    /** Nguyễn Thị Hương, third year, whose record the school registered. */
    private static Applicant huong() {
        Applicant applicant = world.registerStudent("SV-PDF");
        Map<String, Object> row = new HashMap<>(ApplicationWorld.studentRow(applicant));
        row.put("familyName", "Nguyễn Thị");
        row.put("givenName", "Hương");
        given().auth()
                .oauth2(world.schoolToken())
                .contentType(ContentType.JSON)
                .body(Map.of("students", List.of(row)))
                .when()
                .put("/api/v1/schools/" + world.school() + "/students")
                .then()
                .statusCode(200);
        return applicant;
    }

    private static byte[] pdf(String token, String placementId) {
        return given().auth()
                .oauth2(token)
                .accept("application/pdf")
                .when()
                .get(AgreementCalls.path(placementId))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Vary", "Accept")
                .extract()
                .asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEmbedsEveryFont(document);
            String text = new PDFTextStripper().getText(document);
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }

    private static void assertEmbedsEveryFont(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theConfirmedAgreementPrintsTheThreeNamesWithTheirDiacriticsAndTheThreeConfirmations() throws Exception {
        Proposed placement = propose(world, "AGRPDF-ALL", huong());
        complete(world, placement);
        String before = text(pdf(placement.student().token(), placement.id()));
        assertTrue(before.contains("chờ xác nhận / awaiting"), before);
        confirmAll(world, placement, "3");
        String text = text(pdf(world.businessToken(), placement.id()));
        for (String expected : List.of(
                "Nguyễn Thị Hương",
                SCHOOL,
                BUSINESS,
                "Trần Văn Đức",
                "Lê Thị Ánh",
                "THỎA THUẬN HỌC TỪ LÀM VIỆC THỰC TẾ",
                "Tổng số giờ / Hours in all: 480",
                "Trước khi sinh viên bắt đầu",
                "Before the student starts",
                "Xác nhận phiên bản 3")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertEquals(3, text.split("đã xác nhận / confirmed 20", -1).length - 1, text);
        assertFalse(text.contains("chờ xác nhận"), text);
    }

    @Test
    void theStatePrintsTheAgreementWithoutAnyPersonsName() throws Exception {
        Proposed placement = propose(world, "AGRPDF-STATE", huong());
        complete(world, placement);
        String text = text(pdf(TestTokens.state(), placement.id()));
        assertTrue(text.contains(SCHOOL) && text.contains(BUSINESS), text);
        for (String person : List.of("Hương", "Trần Văn Đức", "Lê Thị Ánh")) {
            assertFalse(text.contains(person), person + " in:\n" + text);
        }
    }

    @Test
    void jsonStaysTheDefaultAndOnlyThePartiesAndTheStateGetThePdf() {
        Proposed placement = propose(world, "AGRPDF-NEG", huong());
        given().auth()
                .oauth2(placement.student().token())
                .when()
                .get(AgreementCalls.path(placement.id()))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("parties.learnerName", equalTo("Nguyễn Thị Hương"))
                .body("parties.schoolName", equalTo(SCHOOL))
                .body("parties.businessName", equalTo(BUSINESS));
        given().auth()
                .oauth2(world.withNewBusiness().businessToken())
                .accept("application/pdf")
                .when()
                .get(AgreementCalls.path(placement.id()))
                .then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        given().auth()
                .oauth2(placement.student().token())
                .accept("text/csv")
                .when()
                .get(AgreementCalls.path(placement.id()))
                .then()
                .statusCode(406);
    }
}
