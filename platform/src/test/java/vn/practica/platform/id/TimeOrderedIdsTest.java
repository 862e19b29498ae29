package vn.practica.platform.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {
    @Test
    void idsAreVersion7WithTheRfcVariantAndTheirTimeIsNow() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertTrue(millis(id) >= before && millis(id) <= after + 1, id.toString());
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Test
    void aMillionIdsMadeInARowIncreaseAsPostgresqlComparesThemAndStayNearTheClock() {
        UUID previous = TimeOrderedIds.next();
        for (int i = 0; i < 1_000_000; i++) {
            UUID next = TimeOrderedIds.next();
            assertTrue(unsignedCompare(previous, next) < 0, previous + " then " + next);
            previous = next;
        }
        // 4,096 a millisecond before the clock is run ahead: a million ids take it at most 245 ms ahead
        assertTrue(millis(previous) <= System.currentTimeMillis() + 245);
    }

    @Test
    void idsMadeOnSeveralThreadsAtOnceAreDistinctAndEachThreadsIncrease() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<UUID>>> made = new ArrayList<>();
            Callable<List<UUID>> task = () -> {
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < 50_000; i++) {
                    ids.add(TimeOrderedIds.next());
                }
                return ids;
            };
            for (int t = 0; t < 4; t++) {
                made.add(threads.submit(task));
            }
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> f : made) {
                List<UUID> ids = f.get();
                for (int i = 1; i < ids.size(); i++) {
                    assertTrue(unsignedCompare(ids.get(i - 1), ids.get(i)) < 0);
                }
                all.addAll(ids);
            }
            assertEquals(200_000, all.size());
        } finally {
            threads.shutdownNow();
        }
    }

    /** RFC 9562's unix_ts_ms: the first 48 bits. */
    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** PostgreSQL orders uuids by their 16 bytes, unsigned; java.util.UUID's own compareTo is signed. */
    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
