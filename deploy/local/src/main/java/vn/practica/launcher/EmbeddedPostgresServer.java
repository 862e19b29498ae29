package vn.practica.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.practica.devkit.Databases;
import vn.practica.devkit.FreePorts;

/**
 * A real PostgreSQL server from Maven Central's zonky binaries, for machines that have none. Its data stays in
 * one folder, so a restart finds every database again. As root the library runs initdb and the server
 * through {@code unshare -U}, since PostgreSQL refuses to run as root.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    /** Generous: the first start unpacks the binaries and runs initdb on a machine shared with others. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Duration startupTime;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, Duration startupTime) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.startupTime = startupTime;
    }

    /**
     * Starts the server on {@code port} (0 for a free one), running initdb first if {@code dataDir} holds no
     * cluster yet; the server's own output goes to {@code log}.
     */
    static EmbeddedPostgresServer start(Path dataDir, int port, Path log) throws IOException {
        Instant begin = Instant.now();
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        stopLeftoverServer(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // The launcher stops it itself, after the services, so they never lose their database first.
                .setRegisterShutdownHook(false)
                .setPort(FreePorts.orFree(port))
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new EmbeddedPostgresServer(postgres, dataDir, Duration.between(begin, Instant.now()));
    }

    /** The server as the services and the database bootstrap see it: trust authentication, user postgres. */
    Databases databases() {
        return new Databases("127.0.0.1", postgres.getPort(), "postgres", "");
    }

    Path dataDir() {
        return dataDir;
    }

    Duration startupTime() {
        return startupTime;
    }

    /** A fast shutdown: open sessions are cut, the data is flushed, the folder stays. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A launcher killed with SIGKILL leaves its server running, and the new one would refuse the data folder.
     * Such a server belongs to nobody any more: stop it (SIGINT is PostgreSQL's fast shutdown).
     */
    private static void stopLeftoverServer(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = leftoverServer(dataDir.resolve("postmaster.pid"));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle server = leftover.get();
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(server.pid())))
                    .inheritIO()
                    .start()
                    .waitFor();
            server.onExit().get(LEFTOVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL server left running in " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "A PostgreSQL server left running (pid " + server.pid() + ") holds " + dataDir
                            + " and did not stop; stop it and start again",
                    e);
        }
    }

    /** The pid file's first line is the server's pid; a stale file may name a reused pid, so check the command. */
    private static Optional<ProcessHandle> leftoverServer(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
