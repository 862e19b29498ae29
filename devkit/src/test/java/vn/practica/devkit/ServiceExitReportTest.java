package vn.practica.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceExitReportTest {
    @TempDir
    Path logs;

    @Test
    void namesTheServiceItsExitTheCauseAndTheLogsLastLines() throws Exception {
        Path log = logs.resolve("catalog-service.log");
        Files.write(
                log,
                List.of(
                        "2026-11-02 10:00:00,000 INFO  [io.quarkus] (main) starting",
                        "2026-11-02 10:00:01,000 ERROR [io.quarkus.runtime.Application] (main) Failed to start"
                                + " application",
                        "Caused by: org.postgresql.util.PSQLException: FATAL: database \"practica_catalog\" does not"
                                + " exist",
                        "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication"));

        String report =
                ServiceExitReport.describe("catalog-service", 4242, 1, log, ".practica/logs/catalog-service.log");

        assertTrue(report.startsWith("catalog-service (pid 4242) exited with code 1."), report);
        assertTrue(report.contains("Cause: Caused by: org.postgresql.util.PSQLException"), report);
        assertTrue(report.contains("Last lines of .practica/logs/catalog-service.log"), report);
        assertTrue(report.contains("  | Caused by: org.postgresql.util.PSQLException"), report);
        assertTrue(!report.contains("ConnectionFactoryImpl"), "stack frames are left out: " + report);
    }

    @Test
    void exitCodesAboveOneHundredTwentyEightNameTheSignal() {
        assertTrue(ServiceExitReport.howItEnded(137).contains("SIGKILL"));
        assertTrue(ServiceExitReport.howItEnded(143).contains("SIGTERM"));
        assertEquals("was ended by signal 11 (exit code 139)", ServiceExitReport.howItEnded(139));
        assertEquals("exited with code 3", ServiceExitReport.howItEnded(3));
    }

    @Test
    void readsOnlyTheEndOfALongLog() throws Exception {
        Path log = logs.resolve("big.log");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("line " + i + " of a chatty service log");
        }
        Files.write(log, lines);

        List<String> tail = ServiceExitReport.tail(log);

        assertEquals(ServiceExitReport.TAIL_LINES, tail.size());
        assertEquals("line 19999 of a chatty service log", tail.get(tail.size() - 1));
        assertEquals(Optional.empty(), ServiceExitReport.cause(tail));
    }

    @Test
    void saysSoWhenTheLogIsEmptyOrMissing() {
        String report = ServiceExitReport.describe("reporting-service", 7, 137, logs.resolve("none.log"), "none.log");
        assertTrue(report.contains("SIGKILL"), report);
        assertTrue(report.endsWith("Its log none.log is empty."), report);
    }
}
