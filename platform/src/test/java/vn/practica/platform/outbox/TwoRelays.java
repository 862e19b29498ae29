package vn.practica.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.practica.platform.outbox.OutboxRelay.BatchResult;

/** Two relay instances on one database, each publishing rounds in its own thread as fast as it can. */
final class TwoRelays {
    record Outcome(int sent, int rounds) {}

    private final List<OutboxRelay> relays;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rounds = new AtomicInteger();

    TwoRelays(OutboxRelay first, OutboxRelay second) {
        this.relays = List.of(first, second);
    }

    /** Runs both relays while {@code writer} appends, then until nothing is left to publish. */
    Outcome publishWhile(Runnable writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(relays.size());
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (OutboxRelay relay : relays) {
                running.add(pool.submit(() -> publishUntilDone(relay, writing), null));
            }
            writer.run();
            writing.set(false);
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        return new Outcome(sent.get(), rounds.get());
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publishUntilDone(OutboxRelay relay, AtomicBoolean writing) {
        boolean drained = false;
        while (writing.get() || !drained) {
            BatchResult result = relay.publishPending();
            rounds.incrementAndGet();
            sent.addAndGet(result.sent());
            if (result.read() == 0) {
                pause(); // the other relay holds the lock, or nothing is pending yet
            }
            drained = !writing.get() && OutboxRows.unsent() == 0;
        }
    }
}
