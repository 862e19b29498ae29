package vn.practica.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import vn.practica.devkit.Databases;
import vn.practica.devkit.PracticaStack;

/**
 * Starts the suite for the end-to-end tests on free ports, with empty {@code _e2e<fork>} databases and a state folder
 * of the fork's own, so the failsafe forks run their classes side by side; {@code PRACTICA_TEST_DB_SUFFIX} is appended
 * too, so two checkouts can run the suite against one server.
 */
final class E2eStack {
    private static final String[] SERVICES = {"catalog", "placement", "reporting"};
    private static final String FORK = System.getProperty("practica.e2e.fork", "");
    private static final String SUFFIX = "_e2e" + FORK + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    /**
     * The suites send about a thousand requests in a few minutes as a handful of callers (BadInputSuiteIT alone
     * some 755): budgets they never reach, while the packaged services still count every request.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "PRACTICA_RATE_LIMIT_READS_LIMIT", "1000000",
            "PRACTICA_RATE_LIMIT_WRITES_LIMIT", "1000000",
            "PRACTICA_RATE_LIMIT_BULK_LIMIT", "1000000");

    private E2eStack() {}

    static PracticaStack start() throws Exception {
        return start(1, Map.of());
    }

    /** {@code instances} processes of each service; {@code settings} added to (or replacing) the suite's own. */
    static PracticaStack start(int instances, Map<String, String> settings) throws Exception {
        Path root = repositoryRoot();
        Path state = root.resolve("e2e-tests/target/e2e-stack" + FORK);
        deleteRecursively(state);
        Databases databases = Databases.fromEnvironment();
        dropDatabases(databases);
        Map<String, String> all = new HashMap<>(SETTINGS);
        all.putAll(settings);
        var options = new PracticaStack.Options(root, state, 0, Map.of(), SUFFIX, all).withInstances(instances);
        PracticaStack stack = new PracticaStack(options, databases);
        try {
            return stack.start();
        } catch (Exception e) {
            // Its broker runs in this JVM: left running, it keeps the fork alive until surefire kills it.
            try {
                stack.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The reactor root, where the packaged services and the README are. */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("practica.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    private static void dropDatabases(Databases databases) throws SQLException {
        for (String service : SERVICES) {
            databases.dropIfExists("practica_" + service + SUFFIX);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
