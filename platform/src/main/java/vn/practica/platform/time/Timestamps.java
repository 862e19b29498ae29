package vn.practica.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Bounds for times clients send. Any time must fit PostgreSQL's {@code timestamptz} (years 1 to 9999 here, well
 * inside its range); a time that says when something happened at the client may be at most a little ahead of
 * our clock, or a far-future value would outrank every later change for ever.
 */
public final class Timestamps {
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** How far a client's clock may run ahead of ours. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public static final String STORABLE_RULE = "must be between 0001-01-01 and 9999-12-31";
    public static final String PAST_RULE = "must not be later than now (5 minutes of clock skew allowed)";

    private Timestamps() {}

    public static boolean isStorable(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /** A storable time no later than {@code now} plus the clock skew. */
    public static boolean isPast(Instant time, Instant now) {
        return isStorable(time) && !time.isAfter(now.plus(CLOCK_SKEW));
    }
}
