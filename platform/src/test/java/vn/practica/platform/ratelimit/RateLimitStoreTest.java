package vn.practica.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.practica.platform.testing.TestDatabase;

/**
 * The shared bucket table: one limit however many instances take from it at once, refusals that leave the
 * bucket as it was, and a purge that removes only refilled buckets.
 */
@QuarkusTest
class RateLimitStoreTest {
    private static final RateLimitPolicy TEN_AN_HOUR = new RateLimitPolicy("writes", 10, Duration.ofHours(1));
    private static final int ATTEMPTS_PER_INSTANCE = 20;

    @Inject
    RateLimitStore store;

    @Inject
    RateLimitPurge purge;

    @Test
    void twoInstancesSharingTheDatabaseServeExactlyTheLimitUnderConcurrentAttempts() throws Exception {
        RateLimitStore otherInstance = new RateLimitStore(ownDataSource());
        for (int round = 0; round < 5; round++) {
            String bucket = newBucket();

            int served = takeConcurrently(bucket, List.of(store, otherInstance));

            assertEquals(TEN_AN_HOUR.limit(), served, "round " + round);
        }
    }

    @Test
    void aRefusedAttemptLeavesTheBucketAsItWas() throws SQLException {
        String bucket = newBucket();
        for (int i = 0; i < TEN_AN_HOUR.limit(); i++) {
            assertTrue(store.take(bucket, TEN_AN_HOUR).served());
        }
        Object tat = tatOf(bucket);

        RateLimitDecision refused = store.take(bucket, TEN_AN_HOUR);

        assertFalse(refused.served());
        assertEquals(0, refused.remaining());
        assertEquals(tat, tatOf(bucket));
    }

    @Test
    void purgeDeletesRefilledBucketsOnly() throws Exception {
        String refilled = newBucket();
        String spent = newBucket();
        TestDatabase.update(
                "insert into rate_limit_bucket (bucket, tat) values (?, now() - interval '1 second')", refilled);
        store.take(spent, TEN_AN_HOUR);

        purge.purgeRefilled();

        assertEquals(0, TestDatabase.count("select count(*) from rate_limit_bucket where bucket = ?", refilled));
        assertEquals(1, TestDatabase.count("select count(*) from rate_limit_bucket where bucket = ?", spent));
    }

    /** Every instance's threads wait at one gate, then each attempts once; returns how many were served. */
    private static int takeConcurrently(String bucket, List<RateLimitStore> instances) throws Exception {
        int threads = ATTEMPTS_PER_INSTANCE * instances.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (RateLimitStore instance : instances) {
                for (int i = 0; i < ATTEMPTS_PER_INSTANCE; i++) {
                    Callable<Boolean> attempt = () -> {
                        gate.await();
                        return instance.take(bucket, TEN_AN_HOUR).served();
                    };
                    attempts.add(pool.submit(attempt));
                }
            }
            gate.countDown();
            int served = 0;
            for (Future<Boolean> attempt : attempts) {
                served += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return served;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A second instance's connections: not the app's pool, each attempt a connection of its own. */
    private static PGSimpleDataSource ownDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.jdbcUrl());
        dataSource.setUser(TestDatabase.DATABASES.user());
        dataSource.setPassword(TestDatabase.DATABASES.password());
        return dataSource;
    }

    private static String newBucket() {
        return "writes|org:" + UUID.randomUUID();
    }

    private static Object tatOf(String bucket) {
        return TestDatabase.single("select tat from rate_limit_bucket where bucket = ?", bucket);
    }
}
