package vn.practica.launcher;

import java.io.IOException;
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
    private final CountDownLatch startupOver = new CountDownLatch(1);
    private volatile PracticaStack stack;
    private volatile PostgresServer postgres;
    private volatile boolean running;

    StackShutdown(Thread starter) {
        this.starter = starter;
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
        System.out.println();
        System.out.println("Stopping Practica ...");
        if (suite != null) {
            LaunchSettings.SERVICES.forEach(service -> stopService(suite.service(service)));
            stopBroker(suite.broker());
            // Anything the steps above did not reach; idempotent for the rest.
            suite.close();
        }
        stopPostgres(postgres);
        System.out.println("Practica stopped.");
    }

    /**
     * Ctrl-C during startup: interrupt the starter and let it unwind first, otherwise it could launch a
     * service after we stopped them all and leave it running when this JVM exits.
     */
    private void awaitStartupOver() {
        if (startupOver.getCount() == 0) {
            return;
        }
        System.out.println();
        System.out.println("Interrupting startup ...");
        starter.interrupt();
        try {
            startupOver.await(STARTUP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopService(ServiceProcess process) {
        if (process == null) {
            return;
        }
        if (!process.alive()) {
            // Ctrl-C in a terminal reaches the services too, and a quick one is gone already.
            System.out.println("  " + process.name() + ": already stopped");
            return;
        }
        Instant start = Instant.now();
        System.out.print("  " + process.name() + ": SIGTERM ... ");
        System.out.flush();
        process.stop();
        System.out.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
    }

    private static void stopBroker(KafkaBroker broker) {
        if (!broker.running()) {
            return;
        }
        Instant start = Instant.now();
        System.out.print("  Kafka broker: shutdown ... ");
        System.out.flush();
        broker.stop();
        System.out.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
    }

    private static void stopPostgres(PostgresServer server) {
        if (server == null || !server.embedded()) {
            return;
        }
        Instant start = Instant.now();
        System.out.print("  PostgreSQL (embedded): fast shutdown ... ");
        System.out.flush();
        try {
            server.close();
            System.out.println("stopped in " + ReadyBanner.seconds(Duration.between(start, Instant.now())));
        } catch (IOException | RuntimeException e) {
            System.out.println("failed: " + e.getMessage());
        }
    }
}
