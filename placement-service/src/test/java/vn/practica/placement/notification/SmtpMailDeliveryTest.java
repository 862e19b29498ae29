package vn.practica.placement.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;

/**
 * The SMTP sender against a real SMTP server (GreenMail) the test starts: a change the student should hear of is
 * mailed after its commit; with the server down the write still succeeds at once and the mail waits, failed
 * attempts recorded, until the server is back.
 */
@QuarkusTest
@TestProfile(GreenMailServer.class)
class SmtpMailDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("MAIL");
    }

    @AfterAll
    static void stopServer() {
        GreenMailServer.stop();
    }

    @Test
    void aChangeByTheSchoolIsMailedToTheStudentAfterCommitAndADownServerNeverBlocksTheWrite() throws Exception {
        GreenMail server = GreenMailServer.start();
        Applicant student = world.registerStudent("SV-MAIL");
        String address = student.sourcedId().toLowerCase() + "@sv.example.edu.vn";
        String offerId = world.openOffer("MAIL-1", world.offer("Thực tập thư"));
        String placement = ApplicationWorld.accepted(student, world.offered(student, offerId));
        revise(placement, "1", "gv-mail-1");
        await().atMost(WAIT).until(() -> server.getReceivedMessagesForDomain("sv.example.edu.vn").length == 1);
        MimeMessage mail = server.getReceivedMessagesForDomain("sv.example.edu.vn")[0];
        assertEquals(address, mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains("agreement changed"), mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains(placement), body);
        assertFalse(body.contains("Trần"), "no names in mails: " + body);

        GreenMailServer.stop();
        long before = System.nanoTime();
        revise(placement, "2", "gv-mail-2");
        assertTrue(Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofSeconds(5)) < 0);
        await().atMost(WAIT)
                .until(() -> ApplicationOutbox.count(
                                "select count(*) from mail_outbox where recipient = ?1 and sent_at is null and attempts > 0"
                                        + " and last_error is not null",
                                address)
                        == 1);
        GreenMail restarted = GreenMailServer.start();
        await().atMost(WAIT).until(() -> restarted.getReceivedMessagesForDomain("sv.example.edu.vn").length == 1);
        assertEquals(
                0,
                ApplicationOutbox.count(
                        "select count(*) from mail_outbox where recipient = ?1 and sent_at is null", address));
    }

    private static void revise(String placement, String version, String supervisor) {
        given().auth()
                .oauth2(world.schoolToken())
                .contentType(ContentType.JSON)
                .header("If-Match", version)
                .body(Map.of("schoolSupervisor", Map.of("subject", supervisor, "name", "Trần Văn Đức")))
                .when()
                .patch("/api/v1/placements/" + placement + "/agreement")
                .then()
                .statusCode(200);
    }
}
