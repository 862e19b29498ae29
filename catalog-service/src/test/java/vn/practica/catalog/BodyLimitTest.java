package vn.practica.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.ChunkedUpload.Answer;
import vn.practica.catalog.Schools.School;
import vn.practica.testkit.TestTokens;

/**
 * The body limit ({@code practica.http.max-body-size}, 16M in tests) holds for chunked bodies that declare no
 * length, on every JSON write endpoint: 413 problem, the rest of the body left unread, nothing written.
 */
@QuarkusTest
class BodyLimitTest {
    private static final Logger LOG = Logger.getLogger(BodyLimitTest.class);
    private static final long LIMIT = 16L << 20;
    /**
     * A server that read on would take every byte; one that stops takes the limit plus what the kernels buffer
     * (on loopback up to 32 MB of receive buffer and 4 MB of send buffer here).
     */
    private static final long SENT = 8 * LIMIT;

    private static final List<String> TABLES = List.of(
            "field",
            "organization",
            "program",
            "course",
            "competency_framework",
            "competency_item",
            "field_competency",
            "outbox_event");

    @Inject
    EntityManager em;

    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        ((Number) em.createNativeQuery("select count(*) from " + table)
                                        .getSingleResult())
                                .longValue());
            }
            return counts;
        });
    }

    @Test
    void chunkedBodiesOverTheLimitAreRefusedOnEveryJsonWriteEndpointAndWriteNothing() {
        School school = Schools.register("Trường Cao đẳng Kỹ thuật Cao Thắng", "HCM");
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/v1/fields", "POST");
        endpoints.put("/api/v1/fields/IT", "PATCH");
        endpoints.put("/api/v1/fields/IT/competencies", "PUT");
        endpoints.put("/api/v1/organizations", "POST");
        endpoints.put("/api/v1/schools/" + school.id() + "/curriculum", "PUT");
        endpoints.put("/ims/case/v1p1/CFPackages", "POST");
        Map<String, Long> before = rowCounts();
        endpoints.forEach((path, method) -> {
            Answer answer =
                    ChunkedUpload.sendFilled(method, path, TestTokens.state(), "application/json", (byte) ' ', SENT);
            assertEquals(413, answer.status(), path);
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
            JsonPath problem = JsonPath.from(answer.body());
            assertEquals("https://practica.vn/problems/body-too-large", problem.getString("type"), path);
            assertEquals(
                    "The body is larger than 16777216 bytes; this API accepts at most 16777216 bytes per request",
                    problem.getString("detail"));
            assertTrue(answer.closedByServer(), path + ": the connection stays open to a body without end");
            assertTrue(answer.bytesSent() < SENT, path + ": the server read the whole body");
            LOG.infof("%s %s: 413 after the client sent %d MB", method, path, answer.bytesSent() >> 20);
        });
        assertEquals(before, rowCounts());
    }

    @Test
    void chunkedBodiesWithinTheLimitAreReadAsAnyOther() {
        String code = "S" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        String json = " ".repeat(1 << 20)
                + "{\"kind\":\"SCHOOL\",\"identifier\":\"" + code + "\",\"legalName\":\"Trường Đại học Cần Thơ " + code
                + "\",\"shortName\":\"CTU " + code + "\",\"provinceCode\":\"HN\",\"contactEmail\":\"dt@ctu.edu.vn\"}";
        Answer answer = ChunkedUpload.send(
                "POST",
                "/api/v1/organizations",
                TestTokens.state(),
                "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.status(), answer.body());
        assertEquals(code, JsonPath.from(answer.body()).getString("identifier"));
    }
}
