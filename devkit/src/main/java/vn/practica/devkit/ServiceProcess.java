package vn.practica.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** One packaged Quarkus service run as its own operating-system process, as in production. */
public final class ServiceProcess {
    private static final String DEFAULT_HEAP = "384m";
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,5}[mg]");

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final List<String> command;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;
    private Instant startedAt;

    /** The packaged service {@code jar}, run by this JVM's own {@code java}. */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
        this(name, jar, javaCommand(jar), port, environment, logFile);
    }

    private ServiceProcess(
            String name, Path jar, List<String> command, int port, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.jar = jar;
        this.command = List.copyOf(command);
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    /** Any command in a service's place: for tests of what watches services (one that dies, one that hangs). */
    public static ServiceProcess ofCommand(
            String name, List<String> command, int port, Map<String, String> environment, Path logFile) {
        return new ServiceProcess(name, null, command, port, environment, logFile);
    }

    private static List<String> javaCommand(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx" + heap(System.getenv("PRACTICA_JVM_HEAP")), "-jar", jar.toString());
    }

    /**
     * Each service's heap: 384m, enough for everyday work, unless {@code PRACTICA_JVM_HEAP} asks for more (a national
     * matching round holds its 850,000 students' inputs in placement-service, docs/benchmarks.md).
     */
    static String heap(String asked) {
        if (asked == null || asked.isBlank()) {
            return DEFAULT_HEAP;
        }
        if (!HEAP.matcher(asked).matches()) {
            throw new IllegalArgumentException(
                    "PRACTICA_JVM_HEAP must be a size such as 384m or 3g, not '" + asked + "'");
        }
        return asked;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized void start() {
        if (jar != null && !Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    name + " is not built: " + jar + " is missing (run ./mvnw -B package -DskipTests)");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            startedAt = Instant.now();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers UP; returns how long the service took to get there. */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Duration> startup = checkReady();
            if (startup.isPresent()) {
                return startup.get();
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + logFile);
    }

    /**
     * One look while starting: the time since launch once ready, empty while still starting.
     *
     * @throws ServiceExitedException if the process has ended, so a crash is reported at once, not at the
     *     timeout
     */
    public Optional<Duration> checkReady() {
        Process current = currentProcess();
        if (current == null || !current.isAlive()) {
            throw exited(current);
        }
        return ready() ? Optional.of(Duration.between(startedAt, Instant.now())) : Optional.empty();
    }

    /** Completes with the exit code when the process started last ends, however it ends. */
    public synchronized CompletableFuture<Integer> onExit() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.onExit().thenApply(Process::exitValue);
    }

    public boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private ServiceExitedException exited(Process ended) {
        if (ended == null) {
            return new ServiceExitedException(name, -1, -1, logFile);
        }
        return new ServiceExitedException(name, ended.pid(), ended.exitValue(), logFile);
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, no flush, exactly like a crashed machine or an OOM kill. */
    public synchronized void kill() {
        if (alive()) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
    }

    /** SIGTERM, then SIGKILL if the service has not stopped within 20 seconds. */
    public synchronized void stop() {
        if (alive()) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(20))) {
                kill();
            }
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
