package vn.practica.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.practica.devkit.KafkaBroker;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/**
 * Prints the suite's figures: broker and service startup, service RSS, and catalog → reporting event
 * latency (ce_time at catalog to the commit of reporting's inbox row) over N renames, one at a time.
 * Run: {@code ./mvnw -B -q -pl e2e-tests test-compile exec:java -Dexec.mainClass=vn.practica.e2e.SuiteBenchmark
 * -Dexec.classpathScope=test [-Dchanges=200]}.
 */
public final class SuiteBenchmark {
    private static final String LATENCIES = "select"
            + " percentile_cont(0.5) within group (order by extract(epoch from processed_at - event_time) * 1000),"
            + " percentile_cont(0.99) within group (order by extract(epoch from processed_at - event_time) * 1000),"
            + " max(extract(epoch from processed_at - event_time) * 1000), count(*)"
            + " from processed_event where type = 'vn.practica.catalog.field.renamed.v1'";

    private SuiteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int changes = Integer.getInteger("changes", 200);
        measureBrokerStartup();
        try (PracticaStack stack = E2eStack.start()) {
            stack.startupTimes()
                    .forEach((name, time) -> System.out.printf("%s start to ready: %d ms%n", name, time.toMillis()));
            String token = stack.tokens().mint("bench", "state", "MOST", Duration.ofHours(1));
            String catalog = stack.service("catalog").baseUrl();
            for (int i = 0; i < changes; i++) {
                given().baseUri(catalog)
                        .auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("nameEn", "Tourism " + i))
                        .when()
                        .patch("/api/v1/fields/TOURISM")
                        .then()
                        .statusCode(200);
                Thread.sleep(20);
            }
            Thread.sleep(2_000);
            printLatencies(stack, changes);
            for (String service : new String[] {"catalog", "placement", "reporting"}) {
                ServiceProcess process = stack.service(service);
                System.out.printf("%s RSS after load: %d MB%n", process.name(), rssMegabytes(process.pid()));
            }
        }
    }

    private static void measureBrokerStartup() {
        Path dir = Path.of("target", "bench-broker-" + System.nanoTime());
        Instant start = Instant.now();
        try (KafkaBroker broker = KafkaBroker.inDirectory(dir, 0).start()) {
            broker.createTopics("bench");
            System.out.printf(
                    "KRaft broker format+start+topic: %d ms%n",
                    Duration.between(start, Instant.now()).toMillis());
        }
    }

    private static void printLatencies(PracticaStack stack, int changes) throws Exception {
        try (Connection c = stack.databases().connect(stack.databaseOf("reporting"));
                PreparedStatement query = c.prepareStatement(LATENCIES);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            System.out.printf(
                    "catalog -> reporting latency over %d of %d renames: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    rs.getLong(4), changes, rs.getDouble(1), rs.getDouble(2), rs.getDouble(3));
        }
    }

    private static long rssMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
