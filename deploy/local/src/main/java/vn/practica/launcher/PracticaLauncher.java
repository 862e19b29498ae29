package vn.practica.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import vn.practica.devkit.Databases;
import vn.practica.devkit.PracticaStack;

/** {@code ./practica up}: starts the whole suite on this machine and keeps it up until Ctrl-C. */
public final class PracticaLauncher {
    private PracticaLauncher() {}

    public static void main(String[] args) throws Exception {
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Path root = Path.of(System.getProperty("practica.root", "."))
                .toAbsolutePath()
                .normalize();
        Map<String, Integer> ports = Map.of(
                "catalog", env("PRACTICA_CATALOG_PORT", 8081),
                "placement", env("PRACTICA_PLACEMENT_PORT", 8082),
                "reporting", env("PRACTICA_REPORTING_PORT", 8083));
        int kafkaPort = env("PRACTICA_KAFKA_PORT", 9092);
        Databases databases = Databases.fromEnvironment();
        requirePostgres(databases);
        requireFreePorts(kafkaPort, ports);

        var options = new PracticaStack.Options(root, root.resolve(".practica"), kafkaPort, ports, "");
        PracticaStack stack = new PracticaStack(options, databases);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack), "practica-stop"));
        System.out.println("Starting Kafka (KRaft) and the three services; logs in .practica/logs/ ...");
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("Practica could not start: " + e.getMessage());
            System.exit(1);
        }
        new ReadyBanner(stack, root).print();
        Thread.currentThread().join();
    }

    private static void stop(PracticaStack stack) {
        System.out.println("\nStopping services (SIGTERM) and the Kafka broker ...");
        stack.close();
        System.out.println("Practica stopped.");
    }

    private static void requirePostgres(Databases databases) {
        try (Connection ignored = databases.connect("postgres")) {
            return;
        } catch (SQLException e) {
            System.err.printf(
                    "PostgreSQL is not reachable at %s:%d as user '%s': %s%n",
                    databases.host(), databases.port(), databases.user(), e.getMessage());
            System.err.println(
                    "Start it (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)");
            System.err.println(
                    "or point Practica at yours: PRACTICA_DB_HOST, PRACTICA_DB_PORT, PRACTICA_DB_USER, PRACTICA_DB_PASSWORD.");
            System.exit(2);
        }
    }

    private static void requireFreePorts(int kafkaPort, Map<String, Integer> ports) {
        requireFree("Kafka (PRACTICA_KAFKA_PORT)", kafkaPort);
        ports.forEach((service, port) -> requireFree(service + "-service", port));
    }

    private static void requireFree(String what, int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            System.err.printf("Port %d for %s is already in use: is Practica already running?%n", port, what);
            System.exit(2);
        }
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
