package vn.practica.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.practica.devkit.PracticaStack;

/** Where the launcher keeps its state and which ports it uses, from {@code -Dpractica.root} and the environment. */
record LaunchSettings(Path root, int kafkaPort, Map<String, Integer> ports) {
    static final List<String> SERVICES = List.of("catalog", "placement", "reporting");

    static LaunchSettings fromEnvironment() throws LaunchFailure {
        Path root = Path.of(System.getProperty("practica.root", "."))
                .toAbsolutePath()
                .normalize();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("catalog", port(portVariable("catalog"), 8081));
        ports.put("placement", port(portVariable("placement"), 8082));
        ports.put("reporting", port(portVariable("reporting"), 8083));
        return new LaunchSettings(root, port("PRACTICA_KAFKA_PORT", 9092), Map.copyOf(ports));
    }

    static String portVariable(String service) {
        return "PRACTICA_" + service.toUpperCase(Locale.ROOT) + "_PORT";
    }

    PracticaStack.Options options() {
        return new PracticaStack.Options(root, stateDir(), kafkaPort, ports, "");
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

    Path tokensFile() {
        return stateDir().resolve("dev-tokens.env");
    }

    /** Paths as the user sees them from the repository root, where {@code ./practica} runs. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private static int port(String variable, int fallback) throws LaunchFailure {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
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
