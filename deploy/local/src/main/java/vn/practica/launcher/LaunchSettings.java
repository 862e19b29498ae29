package vn.practica.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.practica.devkit.PracticaStack;

/**
 * Where the launcher keeps its state, which ports and databases it uses and which PostgreSQL it may pick, from
 * {@code -Dpractica.root} and the environment.
 *
 * @param databaseSuffix appended to each database name ({@code PRACTICA_DB_SUFFIX}), so two launchers can share a
 *     server
 * @param embeddedPostgresAsked {@code PRACTICA_DB=embedded}: use the launcher's own server even if one runs
 * @param postgresConfigured one of {@code PRACTICA_DB_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} is set
 */
record LaunchSettings(
        Path root,
        int kafkaPort,
        Map<String, Integer> ports,
        String databaseSuffix,
        boolean embeddedPostgresAsked,
        boolean postgresConfigured) {
    static final List<String> SERVICES = List.of("catalog", "placement", "reporting");
    private static final List<String> POSTGRES_VARIABLES =
            List.of("PRACTICA_DB_HOST", "PRACTICA_DB_PORT", "PRACTICA_DB_USER", "PRACTICA_DB_PASSWORD");

    static LaunchSettings fromEnvironment() throws LaunchFailure {
        Path root = Path.of(System.getProperty("practica.root", "."))
                .toAbsolutePath()
                .normalize();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("catalog", port(portVariable("catalog"), 8081));
        ports.put("placement", port(portVariable("placement"), 8082));
        ports.put("reporting", port(portVariable("reporting"), 8083));
        return new LaunchSettings(
                root,
                port("PRACTICA_KAFKA_PORT", 9092),
                Map.copyOf(ports),
                databaseSuffixFromEnvironment(),
                embeddedPostgresAskedInEnvironment(),
                POSTGRES_VARIABLES.stream().anyMatch(v -> !blank(System.getenv(v))));
    }

    static String portVariable(String service) {
        return "PRACTICA_" + service.toUpperCase(Locale.ROOT) + "_PORT";
    }

    PracticaStack.Options options() {
        return new PracticaStack.Options(root, stateDir(), kafkaPort, ports, databaseSuffix);
    }

    Path stateDir() {
        return root.resolve(".practica");
    }

    Path logsDir() {
        return stateDir().resolve("logs");
    }

    /** The in-process broker logs through slf4j-simple into this file, keeping the terminal for the banner. */
    Path brokerLog() {
        return logsDir().resolve("kafka.log");
    }

    /** The embedded server's cluster, kept between runs like the broker's data. */
    Path postgresDataDir() {
        return stateDir().resolve("postgres");
    }

    Path postgresLog() {
        return logsDir().resolve("postgres.log");
    }

    Path tokensFile() {
        return stateDir().resolve("dev-tokens.env");
    }

    /** Paths as the user sees them from the repository root, where {@code ./practica} runs. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private static String databaseSuffixFromEnvironment() throws LaunchFailure {
        String value = System.getenv("PRACTICA_DB_SUFFIX");
        if (blank(value)) {
            return "";
        }
        if (!value.strip().matches("[a-z0-9_]{1,20}")) {
            throw new LaunchFailure(
                    LaunchFailure.SETUP,
                    "PRACTICA_DB_SUFFIX must be 1-20 lower-case letters, digits or '_', not '" + value + "'.");
        }
        return value.strip();
    }

    private static boolean embeddedPostgresAskedInEnvironment() throws LaunchFailure {
        String value = System.getenv("PRACTICA_DB");
        if (blank(value)) {
            return false;
        }
        if (value.strip().equals("embedded")) {
            return true;
        }
        throw new LaunchFailure(
                LaunchFailure.SETUP,
                "PRACTICA_DB may only be 'embedded' (or unset to use a running server), not '" + value + "'.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int port(String variable, int fallback) throws LaunchFailure {
        String value = System.getenv(variable);
        if (blank(value)) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the variable's name, which is what the user needs.
        }
        throw new LaunchFailure(
                LaunchFailure.SETUP, variable + " must be a port number (0-65535), not '" + value + "'.");
    }
}
