package vn.practica.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's start against the configured PostgreSQL and its own broker, with fakes in the services' place. */
class PracticaStackStartTest {
    private static final String SUFFIX = "_devkit_stack" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final List<String> SERVICES = List.of("catalog", "placement", "reporting");

    @TempDir
    Path root;

    private final Databases databases = Databases.fromEnvironment();

    @AfterEach
    void dropDatabases() throws Exception {
        for (String service : SERVICES) {
            databases.dropIfExists("practica_" + service + SUFFIX);
        }
    }

    @Test
    void aServiceWhoseFreePortWasTakenBeforeItBoundItStartsAgainOnAnother() throws Exception {
        for (String service : SERVICES) {
            fakeService(service);
        }

        PracticaStack stack = stack();
        try (stack) {
            stack.start();
            for (String service : SERVICES) {
                ServiceProcess process = stack.service(service);
                assertTrue(process.ready(), service + " answers on its second port");
                String log = Files.readString(process.logFile());
                assertTrue(log.contains("Address already in use"), "its first start found the port taken: " + log);
                String firstPort = log.replaceAll("(?s).*already bound: (\\d+).*", "$1");
                assertNotEquals(process.baseUrl(), "http://127.0.0.1:" + firstPort, log);
                assertTrue(log.contains("fake service started on"), log);
            }
        }
    }

    @Test
    void aStartThatFailsSaysWhyAndLeavesCloseToStopTheBrokerAndTheServicesItStarted() throws Exception {
        Files.createDirectories(jar("catalog").getParent());
        Files.writeString(jar("catalog"), "not a jar");
        fakeService("placement");
        fakeService("reporting");
        PracticaStack stack = stack();

        ServiceExitedException e = assertThrows(ServiceExitedException.class, stack::start);
        boolean leftRunning = stack.broker().running();
        stack.close(); // before any assertion, so a failing one leaves no broker in this JVM

        assertEquals("catalog-service", e.service());
        assertTrue(e.getMessage().contains("Invalid or corrupt jarfile"), "the log's last lines: " + e.getMessage());
        assertFalse(e.portTaken());
        assertTrue(leftRunning, "left running for close()");
        assertFalse(stack.broker().running(), "the broker stopped");
        assertFalse(listening(stack.broker().port()), "the broker's port is closed");
        for (String service : List.of("placement", "reporting")) {
            assertFalse(stack.service(service).alive(), service + " stopped");
        }
    }

    private PracticaStack stack() {
        var options = new PracticaStack.Options(root, root.resolve("state"), 0, Map.of(), SUFFIX);
        return new PracticaStack(options, databases);
    }

    private Path jar(String service) {
        return root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    private void fakeService(String service) throws IOException {
        FakeService.writeJar(jar(service), PortTakenOnceService.class);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
