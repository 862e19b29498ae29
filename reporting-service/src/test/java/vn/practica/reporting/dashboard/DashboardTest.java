package vn.practica.reporting.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.reporting.PlacementEvents.Student;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.TestTokens;

/**
 * The dashboard page, rendered by headless Chromium against this instance, shows the numbers of a known 2023: a
 * field of its own, offer 1 (HN, 10 seats) published 10 January with six students applying 1 February and
 * placed 10 February, offer 2 (HCM, 5 seats) published 10 January with five students applying 1 March and placed
 * 10 March; a target of 22 placements for the field. Nothing else in the tests happens in 2023.
 */
@QuarkusTest
class DashboardTest {
    private static final int YEAR = 2023;

    @TestHTTPResource("/dashboard/index.html")
    URL page;

    @Test
    void theDashboardShowsTheKnownYearsNumbersInBothLanguages() throws Exception {
        Optional<String> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "no chromium on PATH (apt-get install -y chromium)");
        String field = story();

        String dom = render(chromium.get(), "en", null);
        Files.writeString(Path.of("target", "dashboard-dom.html"), dom);

        // National tiles: 2 offers, 15 seats, 11 applicants all placed, 11 seats filled
        shows(dom, "data-kpi=\"offersPublished\" data-value=\"2\"");
        shows(dom, "data-kpi=\"seatsOffered\" data-value=\"15\"");
        shows(dom, "data-kpi=\"activeApplicants\" data-value=\"11\"");
        shows(dom, "data-kpi=\"placedApplicants\" data-value=\"11\"");
        shows(dom, "data-kpi=\"filledSeats\" data-value=\"11\"");
        // The field's bar, the months, the target and the provinces
        shows(dom, "data-label=\"" + field + "\" data-value=\"11\"");
        shows(dom, "data-period=\"2023-02\" data-kpi=\"placedApplicants\" data-value=\"6\"");
        shows(dom, "data-period=\"2023-03\" data-kpi=\"applications\" data-value=\"5\"");
        assertTrue(dom.contains("data-value=\"50\">50.0 %"), "11 of 22 placements");
        assertTrue(dom.matches("(?s).*data-province=\"HN\"><td>Hanoi</td><td data-kpi=\"activeApplicants\">6</td>.*"));
        assertTrue(dom.matches("(?s).*data-province=\"HCM\"><td>Ho Chi Minh City</td>.*"), "English names");
        shows(dom, "Students placed by field");

        String vietnamese = render(chromium.get(), "vi", Path.of("target", "dashboard.png"));
        assertTrue(vietnamese.contains("Sinh viên được nhận theo lĩnh vực"));
        assertTrue(vietnamese.contains("<td>Hà Nội</td>"));
        assertTrue(Files.size(Path.of("target", "dashboard.png")) > 10_000, "a screenshot was taken");
    }

    @Test
    void theDashboardIsServedWithoutATokenAndHoldsNoData() {
        String html = given().get("/dashboard/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("dashboard.js"));
        assertTrue(!html.contains("http://") && !html.contains("https://"), "no CDN: every asset is ours");
        String script = given().get("/dashboard/dashboard.js")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(!script.contains("https://"), "no CDN");
    }

    private static String story() {
        String field = "D"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        SampleEvents.send(
                Topics.CATALOG, SampleEvents.sample("catalog/field.created.v1.json", field, Map.of("code", field)));
        UUID business = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        PlacementEvents events = new PlacementEvents();
        offer(events, Offer.of(business, field, "HN", 10), school, 6, "2023-02-01", "2023-02-10");
        offer(events, Offer.of(business, field, "HCM", 5), school, 5, "2023-03-01", "2023-03-10");
        events.send();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Integer.valueOf(11)
                        .equals(given().auth()
                                .oauth2(TestTokens.state())
                                .queryParam("from", "2023-01-01")
                                .queryParam("to", "2023-12-31")
                                .queryParam("period", "year")
                                .get("/api/v1/kpis/placements")
                                .then()
                                .extract()
                                .path("rows[0].placedApplicants")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(TestTokens.state())
                                .contentType(ContentType.JSON)
                                .body(Map.of("target", 22))
                                .queryParam("field", field)
                                .put("/api/v1/targets/{year}/placedApplicants", YEAR)
                                .then()
                                .extract()
                                .statusCode()
                        < 300);
        return field;
    }

    private static void offer(
            PlacementEvents events, Offer offer, UUID school, int students, String applied, String placed) {
        events.published(offer, "2023-01-10T02:00:00Z");
        for (int i = 0; i < students; i++) {
            Student student = Student.of(school);
            UUID application = UUID.randomUUID();
            events.applied(application, offer, student, applied + "T02:00:00Z");
            events.placed(UUID.randomUUID(), application, offer, student, placed + "T02:00:00Z");
        }
    }

    /** The page's DOM after its scripts ran, and a screenshot when asked for. */
    private String render(String chromium, String lang, Path screenshot) throws IOException, InterruptedException {
        String url = page + "#lang=" + lang + "&year=" + YEAR + "&token="
                + URLEncoder.encode(TestTokens.state(), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,1900",
                "--virtual-time-budget=20000"));
        if (screenshot != null) {
            Files.createDirectories(screenshot.toAbsolutePath().getParent());
            command.add("--screenshot=" + screenshot.toAbsolutePath());
        } else {
            command.add("--dump-dom");
        }
        command.add(url);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, process.exitValue(), "chromium exit status");
        if (screenshot != null) {
            // A screenshot run prints no DOM: read it again for the language check
            return render(chromium, lang, null);
        }
        assertTrue(out.contains("data-loaded=\"true\""), "the page loaded its data: " + out);
        return out;
    }

    private static void shows(String dom, String fragment) {
        assertTrue(dom.contains(fragment), "the page shows " + fragment + " (DOM in target/dashboard-dom.html)");
    }

    private static Optional<String> chromium() {
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
