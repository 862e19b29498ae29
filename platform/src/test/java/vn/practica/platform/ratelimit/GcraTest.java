package vn.practica.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The figures a client reads in the RateLimit fields, from how far a bucket's tat is ahead of now. */
class GcraTest {
    private static final long SECOND = 1_000_000;
    /** One request every 20 s, at most 3 at once. */
    private static final RateLimitPolicy THREE_A_MINUTE = new RateLimitPolicy("writes", 3, Duration.ofMinutes(1));

    @Test
    void aFullBucketHasTheWholeLimitAndNothingToWaitFor() {
        assertEquals(3, Gcra.remaining(THREE_A_MINUTE, 0));
        assertEquals(0, Gcra.secondsUntilNext(THREE_A_MINUTE, 0));
        assertEquals(3, Gcra.remaining(THREE_A_MINUTE, -5 * SECOND));
    }

    @Test
    void eachServedRequestTakesOneIntervalOfTheBudget() {
        assertEquals(2, Gcra.remaining(THREE_A_MINUTE, 20 * SECOND));
        assertEquals(1, Gcra.remaining(THREE_A_MINUTE, 40 * SECOND));
        assertEquals(0, Gcra.remaining(THREE_A_MINUTE, 60 * SECOND));
        assertEquals(0, Gcra.remaining(THREE_A_MINUTE, 40 * SECOND + 1), "a started interval is not back yet");
    }

    @Test
    void theNextRequestIsBackWhenTheLastStartedIntervalEnds() {
        assertEquals(20, Gcra.secondsUntilNext(THREE_A_MINUTE, 20 * SECOND));
        assertEquals(19, Gcra.secondsUntilNext(THREE_A_MINUTE, 59 * SECOND));
        assertEquals(1, Gcra.secondsUntilNext(THREE_A_MINUTE, 40 * SECOND + 1), "a started second counts whole");
    }

    @Test
    void aRefusedRequestRetriesWhenTatIsBackWithinTheTolerance() {
        assertEquals(40 * SECOND, THREE_A_MINUTE.toleranceMicros());
        assertEquals(20, Gcra.retryAfterSeconds(THREE_A_MINUTE, 60 * SECOND));
        assertEquals(1, Gcra.retryAfterSeconds(THREE_A_MINUTE, 40 * SECOND + 1));
        assertEquals(1, Gcra.retryAfterSeconds(THREE_A_MINUTE, 40 * SECOND), "never 0: a retry at once fails");
    }

    @Test
    void intervalsThatDoNotDivideEvenlyStillServeExactlyTheLimitAtOnce() {
        RateLimitPolicy sevenAMinute = new RateLimitPolicy("reads", 7, Duration.ofMinutes(1));
        long interval = sevenAMinute.intervalMicros();

        assertEquals(8_571_428, interval);
        assertEquals(6 * interval, sevenAMinute.toleranceMicros());
        assertEquals(0, Gcra.remaining(sevenAMinute, 7 * interval));
        assertEquals(1, Gcra.remaining(sevenAMinute, 6 * interval));
    }

    @Test
    void policiesNeedAPositiveLimitAndWholeSeconds() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy("reads", 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy("reads", 5, Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy("reads", 5, Duration.ZERO));
    }

    @Test
    void thePolicyItemIsAStructuredFieldWithQuotaAndWindow() {
        assertEquals("\"writes\";q=3;w=60", THREE_A_MINUTE.policyItem());
        assertEquals(
                "\"writes\";r=1;t=20",
                RateLimitDecision.served(THREE_A_MINUTE, 40 * SECOND).headers().get(RateLimitDecision.LIMIT_HEADER));
    }
}
