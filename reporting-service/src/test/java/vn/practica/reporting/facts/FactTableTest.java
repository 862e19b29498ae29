package vn.practica.reporting.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTableTest {
    private static final FactTable TABLE =
            new FactTable("t", "id", List.of("status"), List.of("first_at"), List.of("ended_at"));
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T08:00:00Z");

    @Test
    void aNewerVersionWinsItsColumnsWhileTheFirstTimeStaysTheEarliest() {
        Object[] folded = TABLE.fold(row("SUBMITTED", 1L, MONDAY, null), row("ACCEPTED", 2L, TUESDAY, null));

        assertArrayEquals(row("ACCEPTED", 2L, MONDAY, null), folded);
    }

    @Test
    void anOlderVersionArrivingLaterChangesOnlyAnEarlierFirstTime() {
        Object[] folded = TABLE.fold(row("ACCEPTED", 2L, TUESDAY, null), row("SUBMITTED", 1L, MONDAY, null));

        assertArrayEquals(row("ACCEPTED", 2L, MONDAY, null), folded);
    }

    @Test
    void aOnceTimeKeepsTheFirstOneSetAndARepeatChangesNothing() {
        Object[] ended = row("ENDED", 3L, MONDAY, TUESDAY);

        assertArrayEquals(ended, TABLE.fold(row("ACTIVE", 2L, MONDAY, null), ended));
        assertArrayEquals(ended, TABLE.fold(ended, ended));
        assertArrayEquals(ended, TABLE.fold(ended, row("ENDED", 3L, MONDAY, MONDAY.plusSeconds(60))));
    }

    @Test
    void theUpsertAppliesTheSameRuleInTheDatabase() {
        String sql = TABLE.upsert(column -> column);

        assertTrue(sql.contains("status = case when t.version < excluded.version then excluded.status else t.status"));
        assertTrue(sql.contains("first_at = least(t.first_at, excluded.first_at)"));
        assertTrue(sql.contains("ended_at = coalesce(t.ended_at, excluded.ended_at)"));
        assertTrue(sql.contains("version = greatest(t.version, excluded.version)"));
    }

    private static Object[] row(String status, long version, Instant first, Instant ended) {
        return new Object[] {"id-1", status, version, first, ended};
    }
}
