package vn.practica.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import vn.practica.devkit.Databases;

/** The PostgreSQL server this run uses, chosen by {@link PostgresChoice}, and how to name it to the user. */
final class PostgresServer implements AutoCloseable {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final Databases databases;
    private final EmbeddedPostgresServer embedded;
    private final String description;

    private PostgresServer(Databases databases, EmbeddedPostgresServer embedded, String description) {
        this.databases = databases;
        this.embedded = embedded;
        this.description = description;
    }

    /** Uses the configured or running server if there is one, else starts the embedded one. */
    static PostgresServer choose(LaunchSettings settings, PrintStream out) throws LaunchFailure {
        Databases configured = fromEnvironment();
        PostgresChoice choice = PostgresChoice.choose(
                settings.embeddedPostgresAsked(), settings.postgresConfigured(), () -> answers(configured));
        if (choice == PostgresChoice.EMBEDDED) {
            String why = settings.embeddedPostgresAsked()
                    ? "PRACTICA_DB=embedded"
                    : String.format(
                            "No PostgreSQL answers at %s:%d and none is configured",
                            configured.host(), configured.port());
            return startEmbedded(settings, why, out);
        }
        out.printf("Checking PostgreSQL at %s:%d ...%n", configured.host(), configured.port());
        Preflight.requirePostgres(configured);
        return new PostgresServer(configured, null, configured.host() + ":" + configured.port());
    }

    Databases databases() {
        return databases;
    }

    boolean embedded() {
        return embedded != null;
    }

    /** "embedded, data in .practica/postgres" or "127.0.0.1:5432". */
    String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static PostgresServer startEmbedded(LaunchSettings settings, String why, PrintStream out)
            throws LaunchFailure {
        String data = settings.shown(settings.postgresDataDir());
        out.printf("%s: starting an embedded PostgreSQL (data in %s) ...%n", why, data);
        try {
            EmbeddedPostgresServer server =
                    EmbeddedPostgresServer.start(settings.postgresDataDir(), 0, settings.postgresLog());
            out.printf(
                    "Embedded PostgreSQL ready in %s on %s:%d.%n",
                    ReadyBanner.seconds(server.startupTime()),
                    server.databases().host(),
                    server.databases().port());
            return new PostgresServer(server.databases(), server, "embedded, data in " + data);
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            // The library reports missing binaries for this platform as an initializer error.
            throw new LaunchFailure(
                    LaunchFailure.SETUP,
                    String.format(
                            "The embedded PostgreSQL did not start: %s%nSee %s. Or start a PostgreSQL server and point"
                                    + " Practica at it with PRACTICA_DB_HOST, PRACTICA_DB_PORT, PRACTICA_DB_USER and"
                                    + " PRACTICA_DB_PASSWORD.",
                            rootCause(e), settings.shown(settings.postgresLog())));
        }
    }

    /** Anything listening counts: a server that then refuses our login is the user's to fix, not to replace. */
    private static boolean answers(Databases databases) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(databases.host(), databases.port()), (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Databases fromEnvironment() throws LaunchFailure {
        try {
            return Databases.fromEnvironment();
        } catch (NumberFormatException e) {
            throw new LaunchFailure(
                    LaunchFailure.SETUP,
                    "PRACTICA_DB_PORT must be a port number, not '" + System.getenv("PRACTICA_DB_PORT") + "'.");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
