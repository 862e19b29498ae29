package vn.practica.platform.inbox;

import java.time.Duration;

/** Doubling pauses between attempts to apply events while the database is unavailable, up to ten seconds. */
final class RetryBackoff {
    private static final Duration MAX = Duration.ofSeconds(10);

    private Duration next = Duration.ofMillis(200);

    /** The pause the next call to {@link #pause()} takes. */
    Duration next() {
        return next;
    }

    void pause() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying events", e);
        }
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
    }
}
