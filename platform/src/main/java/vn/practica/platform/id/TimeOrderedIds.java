package vn.practica.platform.id;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New ids that sort in the order they were made: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds, then a
 * 12-bit sequence keeping the ids of one millisecond in order (more than 4,096 in a millisecond run the clock
 * ahead, as RFC 9562 section 6.2 allows), then 62 random bits as random as a version 4 id's. A random id lands
 * anywhere in a primary-key index, so a bulk write touches a random index page per row and, once the index outgrows
 * the database's buffers, reads it from disk; these land at the index's right-hand edge (docs/benchmarks.md, "Sixth
 * pass" and "Seventh pass"). Ordered within this process; ids of several processes interleave by their clocks.
 */
public final class TimeOrderedIds {
    private static final int SEQUENCE_BITS = 12;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
    private static final long VERSION_7 = 0x7000L;

    /** The last (milliseconds, sequence) handed out, as milliseconds << 12 | sequence. */
    private static final AtomicLong LAST = new AtomicLong();

    private TimeOrderedIds() {}

    public static UUID next() {
        long now = System.currentTimeMillis() << SEQUENCE_BITS;
        long tick = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long mostSignificant = (tick >>> SEQUENCE_BITS) << 16 | VERSION_7 | (tick & SEQUENCE_MASK);
        // a version 4 id's low half already carries the variant bits (10) that version 7 needs there too
        return new UUID(mostSignificant, UUID.randomUUID().getLeastSignificantBits());
    }
}
