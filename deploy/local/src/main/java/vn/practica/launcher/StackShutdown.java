package vn.practica.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.practica.devkit.KafkaBroker;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/** The shutdown hook: services get SIGTERM one by one, then the broker stops; one line per step. */
final class StackShutdown implements Runnable {
    private static final Duration STARTUP_GRACE = Duration.ofSeconds(60);

    private final PracticaStack stack;
    private final Thread starter;
    private final CountDownLatch startupOver = new CountDownLatch(1);
    private volatile boolean running;

    StackShutdown(PracticaStack stack, Thread starter) {
        this.stack = stack;
        this.starter = starter;
    }

    /** Called by the starting thread once {@link PracticaStack#start()} has returned or failed. */
    void startupOver() {
        startupOver.countDown();
    }

    boolean running() {
        return running;
    }

    @Override
    public void run() {
        running = true;
        System.out.println();
        awaitStartupOver();
        System.out.println("Stopping Practica ...");
        LaunchSettings.SERVICES.forEach(service -> stopService(stack.service(service)));
        stopBroker(stack.broker());
        // Anything the steps above did not reach; idempotent for the rest.
        stack.close();
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
        System.out.println("Interrupting startup ...");
        starter.interrupt();
        try {
            startupOver.await(STARTUP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopService(ServiceProcess process) {
        if (process == null || !process.alive()) {
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
}
