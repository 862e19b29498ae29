package vn.practica.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.practica.devkit.PracticaStack;

/**
 * Where the launcher keeps its state, which ports and databases it uses, how many instances of each service it
 * starts and which PostgreSQL it may pick, from {@code -Dpractica.root}, the command line and the environment.
 *
 * @param databaseSuffix appended to each database name ({@code PRACTICA_DB_SUFFIX}), so two launchers can share a
 *     server
 * @param embeddedPostgresAsked {@code PRACTICA_DB=embedded}: use the launcher's own server even if one runs
 * @param postgresConfigured one of {@code PRACTICA_DB_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} is set
 * @param instances {@code --instances N}: processes per service, each on its own port (1 unless asked)
 * @param partitions {@code PRACTICA_KAFKA_PARTITIONS}: partitions of each topic the broker creates (3 unless set)
 */
record LaunchSettings(
        Path root,
        int kafkaPort,
        Map<String, Integer> ports,
        String databaseSuffix,
        boolean embeddedPostgresAsked,
        boolean postgresConfigured,
        int instances,
        int partitions) {
    static final List<String> SERVICES = List.of("catalog", "placement", "reporting");
    private static final List<String> POSTGRES_VARIABLES =
            List.of("PRACTICA_DB_HOST", "PRACTICA_DB_PORT", "PRACTICA_DB_USER", "PRACTICA_DB_PASSWORD");

    static LaunchSettings fromEnvironment(String... args) throws LaunchFailure {
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
                POSTGRES_VARIABLES.stream().anyMatch(v -> !blank(System.getenv(v))),
                instancesFrom(args),
                partitionsFrom(System.getenv("PRACTICA_KAFKA_PARTITIONS")));
    }

    /** {@code --instances N} (the script passes the command line on); none given is one instance per service. */
    static int instancesFrom(String... args) throws LaunchFailure {
        if (args.length == 0) {
            return 1;
        }
        if (args.length == 2 && args[0].equals("--instances")) {
            return bounded("--instances", args[1], PracticaStack.Options.MAX_INSTANCES);
        }
        throw new LaunchFailure(
                LaunchFailure.SETUP,
                "The launcher takes only --instances N (1-" + PracticaStack.Options.MAX_INSTANCES + "), not '"
                        + String.join(" ", args) + "'.");
    }

    static int partitionsFrom(String value) throws LaunchFailure {
        if (blank(value)) {
            return PracticaStack.Options.DEFAULT_PARTITIONS;
        }
        return bounded("PRACTICA_KAFKA_PARTITIONS", value, PracticaStack.Options.MAX_PARTITIONS);
    }

    private static int bounded(String name, String value, int max) throws LaunchFailure {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the name, which is what the user needs.
        }
        throw new LaunchFailure(
                LaunchFailure.SETUP, name + " must be a number from 1 to " + max + ", not '" + value + "'.");
    }

    /** The port of every instance of {@code service}, the first first. */
    List<Integer> portsOf(String service) {
        List<Integer> all = new java.util.ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            all.add(PracticaStack.instancePort(ports.get(service), instance));
        }
        return all;
    }

    static String portVariable(String service) {
        return "PRACTICA_" + service.toUpperCase(Locale.ROOT) + "_PORT";
    }

    PracticaStack.Options options() {
        return new PracticaStack.Options(root, stateDir(), kafkaPort, ports, databaseSuffix)
                .withInstances(instances)
                .withPartitions(partitions);
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
