package vn.practica.placement.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.credential.CredentialCalls.completed;
import static vn.practica.placement.credential.CredentialCalls.credentialOf;
import static vn.practica.placement.credential.CredentialCalls.jwt;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * The printed credential: a PDF its student (or its school) downloads, parsed back with PDFBox, whose QR code,
 * decoded from the rendered page with ZXing, opens the public verification page while the student shares it.
 */
@QuarkusTest
class CredentialPdfResourceTest {
    private static final String PDF = "application/pdf";
    private static final String PROBLEM = ApplicationWorld.PROBLEM;

    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("CPDF");
    }

    @Test
    void theStudentPrintsTheCredentialAndItsQrCodeOpensItsVerificationWhileShared() throws Exception {
        Active placement = completed(world, "PDF-QR");
        String id = credentialOf(placement);
        String token = placement.student().token();
        byte[] pdf = pdf(token, id).statusCode(200).contentType(PDF).extract().asByteArray();
        String text = text(pdf);
        String achievement = summary(token, id).extract().path("achievement");
        assertTrue(text.contains(achievement), text);
        assertTrue(text.contains(holderName(placement.student())), text);
        assertTrue(text.contains("Scan the QR code"), text);
        assertTrue(text.contains("Not shared now"), text);
        String url = qrCode(pdf);
        assertEquals(baseUrl() + "/api/v1/credentials/" + id + "/verification", url);
        String path = url.substring(baseUrl().length());
        given().when().get(path).then().statusCode(404).contentType(PROBLEM);
        share(token, id, "share");
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("summary.id", equalTo(id))
                .body("summary.achievement", equalTo(achievement))
                .body("credential", equalTo(jwt(token, id)))
                .body("verification.verified", equalTo(true))
                .body("verification.checks.size()", equalTo(4));
        assertTrue(text(pdf(token, id).statusCode(200).extract().asByteArray()).contains("Shared now"));
        share(token, id, "unshare");
        given().when().get(path).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(token).when().get(path).then().statusCode(200);
    }

    @Test
    void aRevokedCredentialPrintsAsRevokedAndItsPageFailsTheStatusCheck() throws Exception {
        Active placement = completed(world, "PDF-REVOKED");
        String id = credentialOf(placement);
        share(placement.student().token(), id, "share");
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .post("/api/v1/credentials/" + id + "/revoke")
                .then()
                .statusCode(200);
        byte[] pdf = pdf(world.schoolToken(), id).statusCode(200).extract().asByteArray();
        assertTrue(text(pdf).contains("REVOKED"));
        given().when()
                .get(qrCode(pdf).substring(baseUrl().length()))
                .then()
                .statusCode(200)
                .body("verification.verified", equalTo(false))
                .body("verification.checks.find { it.check == 'status' }.outcome", equalTo("FAILED"));
    }

    @Test
    void onlyItsStudentAndItsIssuingSchoolPrintIt() {
        Active placement = completed(world, "PDF-WHO");
        String id = credentialOf(placement);
        share(placement.student().token(), id, "share");
        pdf(placement.student().token(), id).statusCode(200);
        pdf(world.schoolToken(), id).statusCode(200);
        Applicant classmate = world.registerStudent("SV-PDF-MATE");
        for (String stranger : List.of(classmate.token(), world.withNewSchool().schoolToken())) {
            pdf(stranger, id).statusCode(404).contentType(PROBLEM);
        }
        pdf(world.businessToken(), id).statusCode(403);
        pdf(TestTokens.state(), id).statusCode(403);
        pdf(null, id).statusCode(401);
        pdf(placement.student().token(), "not-a-uuid").statusCode(400).contentType(PROBLEM);
        pdf(placement.student().token(), UUID.randomUUID().toString()).statusCode(404);
        given().when()
                .get("/api/v1/credentials/not-a-uuid/verification")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    private static ValidatableResponse pdf(String token, String id) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.accept(PDF)
                .when()
                .get("/api/v1/credentials/" + id + "/pdf")
                .then();
    }

    private static ValidatableResponse summary(String token, String id) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/credentials/" + id + "/summary")
                .then()
                .statusCode(200);
    }

    private static void share(String token, String id, String move) {
        given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/credentials/" + id + "/" + move)
                .then()
                .statusCode(200);
    }

    private static String holderName(Applicant student) {
        return "Họ " + student.sourcedId() + " Tên " + student.sourcedId();
    }

    private static String baseUrl() {
        return ConfigProvider.getConfig()
                .getValue("practica.credentials.public-base-url", String.class)
                .replaceAll("/+$", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    /** The QR code's text, read from the pages rendered as a printer would (150 dpi, grey). */
    private static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 150, ImageType.RGB);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                try {
                    return new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (NotFoundException e) {
                    // not on this page
                }
            }
        }
        throw new AssertionError("no QR code on any page");
    }
}
