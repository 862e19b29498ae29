package vn.practica.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.practica.devkit.DemoSeeder;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceExitReport;
import vn.practica.devkit.ServiceExitedException;
import vn.practica.devkit.ServiceProcess;

/**
 * {@code ./practica up}: starts the whole suite on this machine and keeps it up until Ctrl-C. What it tells
 * the person at the terminal goes to one console (the JVM's standard streams, given once in {@link #main}).
 */
public final class PracticaLauncher {
    private static final int INTERRUPTED = 130;

    private final PrintStream console;

    private PracticaLauncher(PrintStream console) {
        this.console = console;
    }

    public static void main(String[] args) {
        PrintStream errors = System.err;
        try {
            new PracticaLauncher(System.out).run(args);
        } catch (LaunchFailure e) {
            errors.println(e.getMessage());
            // The shutdown hook stops whatever had started.
            System.exit(e.exitCode());
        }
    }

    private void run(String[] args) throws LaunchFailure {
        LaunchSettings settings = LaunchSettings.fromEnvironment(args);
        configureLogging(settings);
        Preflight.requireFreePorts(settings);
        Instant launched = Instant.now();
        StackShutdown shutdown = new StackShutdown(Thread.currentThread(), console);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "practica-shutdown"));
        try {
            PostgresServer postgres = PostgresServer.choose(settings, console);
            shutdown.stopLast(postgres);
            requireNotInterrupted(shutdown);
            PracticaStack stack = newStack(settings, postgres);
            shutdown.stop(stack);
            Duration brokerTime = start(stack, settings, shutdown);
            ServiceWatch watch = new ServiceWatch(settings, shutdown::running, console);
            stack.processes().forEach(watch::watch);
            List<DemoSeeder.Seeded> demo = seedDemoOrganizations(stack);
            if (!shutdown.running()) {
                new ReadyBanner(stack, settings, postgres, demo, console)
                        .print(brokerTime, Duration.between(launched, Instant.now()));
            }
        } finally {
            shutdown.startupOver();
        }
        awaitShutdown();
    }

    /** Returns how long the broker took; the services' times are in {@link PracticaStack#startupTimes()}. */
    private Duration start(PracticaStack stack, LaunchSettings settings, StackShutdown shutdown) throws LaunchFailure {
        try {
            Instant begin = Instant.now();
            console.printf(
                    "Starting the Kafka broker on %s ...%n", stack.broker().bootstrapServers());
            // Started here, ahead of PracticaStack.start() (which then finds it running), to time it alone.
            stack.broker().start();
            Duration brokerTime = Duration.between(begin, Instant.now());
            console.printf(
                    "Kafka broker ready in %s. Starting catalog-service, placement-service and reporting-service%s"
                            + " (logs in %s) ...%n",
                    ReadyBanner.seconds(brokerTime),
                    settings.instances() == 1 ? "" : ", " + settings.instances() + " instances each",
                    settings.shown(settings.logsDir()));
            stack.start();
            return brokerTime;
        } catch (RuntimeException | SQLException e) {
            throw startupFailure(e, stack, settings, shutdown);
        }
    }

    /**
     * After the services are ready, so the demo data goes through the same API as everyone's. A failure here
     * leaves a working suite: say so and go on.
     */
    private List<DemoSeeder.Seeded> seedDemoOrganizations(PracticaStack stack) {
        try {
            return new DemoSeeder(stack.service("catalog").baseUrl(), stack.tokens()).seed();
        } catch (RuntimeException e) {
            console.println("Could not seed the demo organizations (the suite runs without them): " + e.getMessage());
            return List.of();
        }
    }

    private static LaunchFailure startupFailure(
            Exception e, PracticaStack stack, LaunchSettings settings, StackShutdown shutdown) {
        if (shutdown.running()) {
            return new LaunchFailure(INTERRUPTED, "Startup interrupted.");
        }
        if (e instanceof ServiceExitedException exited) {
            return new LaunchFailure(
                    LaunchFailure.STARTUP,
                    "Practica could not start: "
                            + ServiceExitReport.describe(
                                    exited.service(),
                                    exited.pid(),
                                    exited.exitCode(),
                                    exited.logFile(),
                                    settings.shown(exited.logFile()))
                            + System.lineSeparator()
                            + "Stopping the rest.");
        }
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        Path log = relevantLog(stack, settings);
        if (log != null && !message.contains(log.toString())) {
            message += System.lineSeparator() + "See " + settings.shown(log);
        }
        return new LaunchFailure(LaunchFailure.STARTUP, "Practica could not start: " + message);
    }

    /** The broker's log if it never came up, else the log of the first service that is not ready. */
    private static Path relevantLog(PracticaStack stack, LaunchSettings settings) {
        if (!stack.broker().running()) {
            return settings.brokerLog();
        }
        for (ServiceProcess process : stack.processes()) {
            if (Files.exists(process.logFile()) && !process.ready()) {
                return process.logFile();
            }
        }
        return null;
    }

    private static void requireNotInterrupted(StackShutdown shutdown) throws LaunchFailure {
        if (shutdown.running() || Thread.currentThread().isInterrupted()) {
            throw new LaunchFailure(INTERRUPTED, "Startup interrupted.");
        }
    }

    /**
     * Before anything logs: slf4j-simple reads these once. The broker's and the embedded PostgreSQL library's
     * logs go to a file so their warnings do not bury the banner; {@code -D} values given on the command line
     * win.
     */
    private static void configureLogging(LaunchSettings settings) throws LaunchFailure {
        try {
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new LaunchFailure(LaunchFailure.SETUP, "Cannot create " + settings.logsDir() + ": " + e);
        }
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", settings.brokerLog().toString());
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static PracticaStack newStack(LaunchSettings settings, PostgresServer postgres) throws LaunchFailure {
        try {
            return new PracticaStack(settings.options(), postgres.databases());
        } catch (RuntimeException e) {
            throw new LaunchFailure(
                    LaunchFailure.STARTUP, "Practica could not prepare " + settings.stateDir() + ": " + e);
        }
    }

    /** The shutdown hook does all the stopping; this thread only has to stay alive until then. */
    private static void awaitShutdown() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
