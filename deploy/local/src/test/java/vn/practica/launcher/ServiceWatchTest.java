package vn.practica.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.practica.devkit.FreePorts;
import vn.practica.devkit.ServiceProcess;

class ServiceWatchTest {
    private static final String DYING = "echo 'INFO started'; sleep 0.3;"
            + " echo 'ERROR [io.smallrye.reactive.messaging] consumer failed: broker gone'; exit 1";

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void reportsAtOnceWhichServiceDiedHowAndTheEndOfItsLog() throws Exception {
        ServiceProcess placement = fake("placement-service", DYING);
        watch(placement, false);

        Instant begin = Instant.now();
        String report = awaitReport();

        assertTrue(Duration.between(begin, Instant.now()).toSeconds() < 5, "reported at once");
        long pid = placement.pid();
        assertTrue(report.contains("placement-service (pid " + pid + ") exited with code 1."), report);
        assertTrue(report.contains("Cause: ERROR [io.smallrye.reactive.messaging] consumer failed"), report);
        assertTrue(report.contains("Last lines of .practica/logs/placement-service.log"), report);
        assertTrue(report.contains("The other services keep running."), report);
    }

    @Test
    void staysQuietWhenTheLauncherIsStoppingEverything() throws Exception {
        ServiceProcess reporting = fake("reporting-service", "exit 143");
        watch(reporting, true);

        reporting.onExit().get(10, TimeUnit.SECONDS);
        Thread.sleep(ServiceWatch.SHUTDOWN_GRACE.toMillis() + 500);

        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    private void watch(ServiceProcess process, boolean stopping) {
        LaunchSettings settings = new LaunchSettings(root, 0, Map.of(), "", false, false, 1, 3);
        process.start();
        new ServiceWatch(settings, () -> stopping, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .watch(process);
    }

    private ServiceProcess fake(String name, String script) {
        Path log = root.resolve(".practica/logs").resolve(name + ".log");
        return ServiceProcess.ofCommand(name, List.of("sh", "-c", script), FreePorts.free(), Map.of(), log);
    }

    private String awaitReport() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            String text = printed.toString(StandardCharsets.UTF_8);
            if (text.contains("The other services keep running.")) {
                return text;
            }
            Thread.sleep(100);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
