package vn.practica.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.practica.devkit.Databases;
import vn.practica.devkit.PracticaStack;

/** Checks, before anything starts, what only the user can fix: PostgreSQL accepts us and ports are free. */
final class Preflight {
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private Preflight() {}

    static void requirePostgres(Databases databases) throws LaunchFailure {
        // A firewalled host would otherwise hang for the driver's default connect timeout.
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection ignored = databases.connect("postgres")) {
            return;
        } catch (SQLException e) {
            throw new LaunchFailure(
                    LaunchFailure.SETUP,
                    String.format(
                            "PostgreSQL is not reachable at %s:%d as user '%s': %s%n"
                                    + "Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect"
                                    + " $(ls /etc/postgresql) main start)%n"
                                    + "or point Practica at a running server with PRACTICA_DB_HOST,"
                                    + " PRACTICA_DB_PORT, PRACTICA_DB_USER and PRACTICA_DB_PASSWORD,%n"
                                    + "or let Practica run its own: PRACTICA_DB=embedded ./practica up",
                            databases.host(), databases.port(), databases.user(), firstLine(e.getMessage())));
        }
    }

    /** Names every taken port at once, so the user fixes them in one go. */
    static void requireFreePorts(LaunchSettings settings) throws LaunchFailure {
        List<String> taken = new ArrayList<>();
        check(settings.kafkaPort(), "Kafka", "PRACTICA_KAFKA_PORT", taken);
        for (String service : LaunchSettings.SERVICES) {
            List<Integer> ports = settings.portsOf(service);
            for (int i = 0; i < ports.size(); i++) {
                String user = service + "-service" + (ports.size() == 1 ? "" : " instance " + (i + 1));
                String variable = LaunchSettings.portVariable(service)
                        + (i == 0 ? "" : " + " + PracticaStack.INSTANCE_PORT_STEP * i);
                check(ports.get(i), user, variable, taken);
            }
        }
        if (!taken.isEmpty()) {
            throw new LaunchFailure(
                    LaunchFailure.SETUP,
                    String.join(System.lineSeparator(), taken)
                            + System.lineSeparator()
                            + "Is Practica already running? Stop what holds the port (ss -ltnp shows it)"
                            + " or choose another port with the variable named above.");
        }
    }

    private static void check(int port, String user, String variable, List<String> taken) {
        if (port != 0 && !free(port)) {
            taken.add(String.format("Port %d, needed by %s (%s), is already in use.", port, user, variable));
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Like the services' own listeners, so sockets of a just-stopped run in TIME_WAIT do not count.
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
