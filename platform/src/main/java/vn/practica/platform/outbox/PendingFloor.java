package vn.practica.platform.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the relay's read of pending rows starts: the lowest seq a row still to be published can have. Rows marked
 * sent leave dead entries at the head of the pending index until a vacuum removes them, and a read from the head
 * walks all of them again: under a burst of hundreds of thousands of events, more than the batch itself
 * (docs/outbox.md, "Where the relay's read starts"). A read from the floor sees what a read from the head would.
 *
 * <p>The floor may only pass rows that can no longer appear. A row's seq is drawn when it is inserted, and its
 * transaction may commit after rows drawn later were read and sent. So the floor passes the rows of a read (the
 * watched read) only once a later read finds every transaction that was open when the watched read ran ended: a
 * row numbered below the watched read's last one was drawn before that read (the identity draws seqs one at a
 * time, in order), by a transaction open then or finished then, and so is visible to the later read unless it was
 * rolled back. Parked rows stay at or above the floor, since an operator may re-drive them. Plain Java; one
 * instance per relay, in memory: a new relay starts at the head.
 */
final class PendingFloor {
    private long floor = Long.MIN_VALUE;
    private long watchedSeq;
    private Instant watchedAt;

    /** What a read's transaction saw just before it read. */
    record Before(Optional<Instant> oldestOpenSince, boolean allVisible, long lowestParked) {}

    /**
     * One committed batch: what its transaction saw before reading, the seqs it read (ascending), whether it read as
     * many as it asked for, when the read had ended (database clock; null when it read nothing), and the lowest seq
     * among the rows it read that are neither sent nor parked and among all parked rows ({@link Long#MAX_VALUE}:
     * none).
     */
    record Batch(Before before, long[] read, boolean full, Instant readEnded, long lowestLeft) {}

    /** The seq the next read starts at. */
    synchronized long from(Before before) {
        return Math.min(floor, before.lowestParked());
    }

    /** Moves the floor after a batch has committed; never past a row that may still be published. */
    synchronized void advance(Batch batch) {
        boolean confirmed = watchedAt != null && endedSince(batch.before(), watchedAt);
        if (confirmed) {
            long covered = batch.full() ? Math.min(watchedSeq, batch.read()[batch.read().length - 1]) : watchedSeq;
            floor = Math.max(floor, covered + 1);
        }
        floor = Math.min(floor, batch.lowestLeft());
        if (confirmed || watchedAt == null) {
            watchedAt = batch.read().length == 0 ? null : batch.readEnded();
            watchedSeq = batch.read().length == 0 ? 0 : batch.read()[batch.read().length - 1];
        }
    }

    /** For tests and metrics: the floor as it stands. */
    synchronized long floor() {
        return floor;
    }

    /** Every transaction open at {@code at} has ended: none is open now, or the oldest began after it. */
    private static boolean endedSince(Before before, Instant at) {
        return before.allVisible()
                && before.oldestOpenSince().map(oldest -> oldest.isAfter(at)).orElse(true);
    }
}
