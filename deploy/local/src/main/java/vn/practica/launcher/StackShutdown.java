package vn.practica.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.practica.devkit.KafkaBroker;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/**
 * The shutdown hook: services get SIGTERM one by one, then the broker stops, then an embedded PostgreSQL, so
 * nothing loses what it depends on while it still runs; one line per step.
 */
final class StackShutdown implements Runnable {
    private static final Duration STARTUP_GRACE = Duration.ofSeconds(60);

    private final Thread starter;
    private final PrintStream console;
    private final CountDownLatch startupOver = new CountDownLatch(1);
    private volatile PracticaStack stack;
    private volatile PostgresServer postgres;
    private volatile boolean running;

    StackShutdown(Thread starter, PrintStream console) {
        this.starter = starter;
        this.console = console;
    }

    /** Registered as soon as it exists, so a failure right after still stops it. */
    void stopLast(PostgresServer server) {
        this.postgres = server;
    }

    void stop(PracticaStack suite) {
        this.stack = suite;
    }

    /** Called by the starting thread once startup has finished or failed. */
    void startupOver() {
        startupOver.countDown();
    }

    boolean running() {
        return running;
    }

    @Override
    public void run() {
        running = true;
        awaitStartupOver();
        PracticaStack suite = stack;
        if (suite == null && (postgres == null || !postgres.embedded())) {
            return; // a setup problem stopped the launcher before it started anything
        }
        console.println(System.lineSeparator() + "Stopping Practica ...");
        if (suite != null) {
            suite.processes().forEach(this::stopService);
            stopBroker(suite.broker());
            // Anything the steps above did not reach; idempotent for the rest.
            suite.close();
        }
        stopPostgres(postgres);
        console.println("Practica stopped.");
    }

    /**
     * Ctrl-C during startup: interrupt the starter and let it unwind first, otherwise it could launch a
     * service after we stopped them all and leave it running when this JVM exits.
     */
    private void awaitStartupOver() {
        if (startupOver.getCount() == 0) {
            return;
        }
        console.println(System.lineSeparator() + "Interrupting startup ...");
        starter.interrupt();
        try {
            startupOver.await(STARTUP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopService(ServiceProcess process) {
        if (process == null) {
            return;
        }
        if (!process.alive()) {
            // Ctrl-C in a terminal reaches the services too, and a quick one is gone already.
            console.println("  " + process.name() + ": already stopped");
            return;
        }
        Instant start = Instant.now();
        console.print("  " + process.name() + ": SIGTERM ... ");
        console.flush();
        process.stop();
        console.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
    }

    private void stopBroker(KafkaBroker broker) {
        if (!broker.running()) {
            return;
        }
        Instant start = Instant.now();
        console.print("  Kafka broker: shutdown ... ");
        console.flush();
        broker.stop();
        console.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
    }

    private void stopPostgres(PostgresServer server) {
        if (server == null || !server.embedded()) {
            return;
        }
        Instant start = Instant.now();
        console.print("  PostgreSQL (embedded): fast shutdown ... ");
        console.flush();
        try {
            server.close();
            console.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
        } catch (IOException | RuntimeException e) {
            console.println("failed: " + e.getMessage());
        }
    }
}
