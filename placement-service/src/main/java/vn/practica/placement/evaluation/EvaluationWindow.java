package vn.practica.placement.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a placement's evaluations are taken: from the moment approved hours reached the agreed total, or the start
 * of the day after the agreed end date (Vietnam time) if that is sooner, for a fixed number of days.
 */
public record EvaluationWindow(Instant opensAt, Instant closesAt) {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public enum State {
        NOT_OPEN,
        OPEN,
        CLOSED
    }

    public static EvaluationWindow of(Optional<Instant> totalReachedAt, LocalDate endDate, int days) {
        Instant afterEnd = endDate.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        Instant opens =
                totalReachedAt.filter(reached -> reached.isBefore(afterEnd)).orElse(afterEnd);
        return new EvaluationWindow(opens, opens.plus(Duration.ofDays(days)));
    }

    public State state(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.NOT_OPEN;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }
}
