package vn.practica.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.practica.devkit.FakeService;

/**
 * {@code ./practica up} in a checkout whose catalog-service dies while starting: the launcher names it, says how
 * it ended and shows its log, stops everything else it started (services, broker, embedded PostgreSQL) and
 * exits non-zero. {@code ./practica up --instances 2}: two of each service start, the banner lists all six and
 * Ctrl-C stops all six. Fake services stand in for the real ones, so this runs in seconds.
 */
class PracticaLauncherStartupIT {
    @TempDir
    Path root;

    @Test
    void aServiceDyingAtStartupIsReportedAndEverythingElseIsStopped() throws Exception {
        fakeService("catalog-service", DyingService.class);
        fakeService("placement-service", HangingService.class);
        fakeService("reporting-service", HangingService.class);

        Process launcher = launch();
        boolean ended = launcher.waitFor(180, TimeUnit.SECONDS);
        String out = read(root.resolve("out.txt"));
        String err = read(root.resolve("err.txt"));
        if (!ended) {
            launcher.destroyForcibly();
        }

        assertTrue(ended, "the launcher must exit by itself; printed:\n" + out + err);
        assertEquals(LaunchFailure.STARTUP, launcher.exitValue(), out + err);
        assertTrue(err.contains("Practica could not start: catalog-service (pid "), err);
        assertTrue(err.contains(") exited with code 1."), err);
        assertTrue(err.contains("Cause: ERROR [io.quarkus.runtime.Application] (main) Failed to start"), err);
        assertTrue(err.contains("Last lines of .practica/logs/catalog-service.log"), err);
        assertTrue(out.contains("placement-service: SIGTERM ... stopped"), out);
        assertTrue(out.contains("reporting-service: SIGTERM ... stopped"), out);
        assertTrue(out.contains("Kafka broker: shutdown ... stopped"), out);
        assertTrue(out.contains("PostgreSQL (embedded): fast shutdown ... stopped"), out);
        assertEquals(List.of(), leftovers(), "nothing the launcher started may outlive it");
    }

    @Test
    void twoInstancesOfEachServiceStartOnTheirOwnPortsAreAllListedAndAllStopped() throws Exception {
        for (String module : List.of("catalog-service", "placement-service", "reporting-service")) {
            fakeService(module, ReadyService.class);
        }

        Process launcher = launch("--instances", "2");
        String out = awaitPrinted("Press Ctrl-C", launcher);
        launcher.destroy(); // SIGTERM, as Ctrl-C reaches the launcher
        boolean ended = launcher.waitFor(120, TimeUnit.SECONDS);
        String stopped = read(root.resolve("out.txt"));
        if (!ended) {
            launcher.destroyForcibly();
        }

        assertTrue(out.contains("2 instances of each service"), out);
        List<String> urls = new ArrayList<>();
        for (String service : List.of("catalog-service", "placement-service", "reporting-service")) {
            for (String instance : List.of("-1", "-2")) {
                assertTrue(out.contains(service + instance + " "), service + instance + " in\n" + out);
                assertTrue(stopped.contains(service + instance + ": SIGTERM ... stopped"), stopped);
                assertTrue(Files.exists(root.resolve(".practica/logs/" + service + instance + ".log")), service);
            }
        }
        out.lines().filter(line -> line.strip().startsWith("health ")).forEach(line -> urls.add(line.strip()));
        assertEquals(6, urls.size(), out);
        assertEquals(6, urls.stream().distinct().count(), "each instance on its own port: " + urls);
        assertTrue(ended, "the launcher must stop on SIGTERM; printed:\n" + stopped);
        assertEquals(List.of(), leftovers(), "nothing the launcher started may outlive it");
    }

    private String awaitPrinted(String text, Process launcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && launcher.isAlive()) {
            String out = read(root.resolve("out.txt"));
            if (out.contains(text)) {
                return out;
            }
            Thread.sleep(250);
        }
        String printed = read(root.resolve("out.txt")) + read(root.resolve("err.txt"));
        launcher.destroyForcibly();
        throw new AssertionError("the launcher never printed '" + text + "'; printed:\n" + printed);
    }

    private Process launch(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dpractica.root=" + root,
                PracticaLauncher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(root.resolve("out.txt").toFile())
                .redirectError(root.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PRACTICA_"));
        // Its own server and free ports: nothing shared with other runs on this machine.
        env.put("PRACTICA_DB", "embedded");
        for (String variable : List.of(
                "PRACTICA_KAFKA_PORT", "PRACTICA_CATALOG_PORT", "PRACTICA_PLACEMENT_PORT", "PRACTICA_REPORTING_PORT")) {
            env.put(variable, "0");
        }
        return builder.start();
    }

    /** Processes whose command line names this test's folder: fake services and the embedded server. */
    private List<String> leftovers() {
        List<String> alive = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(root.toString()))
                        .orElse(false))
                .forEach(p -> alive.add(p.pid() + " " + p.info().commandLine().orElse("")));
        return alive;
    }

    /** A jar holding one class of ours with a Main-Class, where PracticaStack looks for the service's build. */
    private void fakeService(String module, Class<?> main) throws IOException {
        FakeService.writeJar(root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), main);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
