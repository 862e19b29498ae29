package vn.practica.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {
    @TempDir
    Path logs;

    @Test
    void theHeapIs384mUnlessPracticaJvmHeapAsksForASize() {
        assertEquals("384m", ServiceProcess.heap(null));
        assertEquals("384m", ServiceProcess.heap(" "));
        assertEquals("3g", ServiceProcess.heap("3g"));
        assertEquals("1536m", ServiceProcess.heap("1536m"));
        for (String bad : List.of("3G", "0m", "-1g", "2g -XX:+Foo", "lots")) {
            assertThrows(IllegalArgumentException.class, () -> ServiceProcess.heap(bad), bad);
        }
    }

    @Test
    void aServiceThatDiesWhileStartingIsReportedAtOnceWithItsExitCodeAndLog() {
        Path log = logs.resolve("placement-service.log");
        ServiceProcess service = fake("placement-service", "echo 'Failed to start application'; exit 3", log);
        service.start();

        Instant begin = Instant.now();
        ServiceExitedException e =
                assertThrows(ServiceExitedException.class, () -> service.awaitReady(Duration.ofSeconds(60)));

        assertTrue(Duration.between(begin, Instant.now()).toSeconds() < 10, "reported at once, not at the timeout");
        assertEquals("placement-service", e.service());
        assertEquals(3, e.exitCode());
        assertEquals(log, e.logFile());
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
    }

    @Test
    void onExitGivesTheExitCodeOfAServiceThatDiesLater() throws Exception {
        ServiceProcess service = fake("reporting-service", "sleep 0.2; exit 137", logs.resolve("reporting.log"));
        service.start();

        assertEquals(137, service.onExit().get(10, TimeUnit.SECONDS));
        assertTrue(!service.alive());
    }

    @Test
    void aServiceStillStartingIsNeitherReadyNorDead() {
        ServiceProcess service = fake("catalog-service", "sleep 30", logs.resolve("catalog.log"));
        service.start();
        try {
            assertTrue(service.checkReady().isEmpty());
        } finally {
            service.kill();
        }
    }

    private static ServiceProcess fake(String name, String script, Path log) {
        return ServiceProcess.ofCommand(name, List.of("sh", "-c", script), FreePorts.free(), Map.of(), log);
    }
}
