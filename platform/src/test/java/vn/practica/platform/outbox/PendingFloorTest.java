package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingFloorTest {
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final long NONE = Long.MAX_VALUE;

    private final PendingFloor floor = new PendingFloor();

    @Test
    void aNewRelayReadsFromTheHead() {
        assertEquals(Long.MIN_VALUE, floor.from(nothingOpen(NONE)));
    }

    @Test
    void theFloorPassesAReadOnlyOnceEveryTransactionOpenWhenItRanHasEnded() {
        floor.advance(batch(nothingOpen(NONE), false, at(1), NONE, 10, 11, 12));
        // a transaction that began before the first read ended (at 1 s) is still open: it may hold seq 9
        floor.advance(batch(openSince(at(0)), false, at(3), NONE, 13, 14));
        assertEquals(Long.MIN_VALUE, floor.floor());

        floor.advance(batch(openSince(at(2)), false, at(5), NONE, 15));

        assertEquals(13, floor.floor(), "past the watched read's last row, 12");
        assertEquals(13, floor.from(openSince(at(2))));
    }

    @Test
    void aFullBatchThatStopsBelowTheWatchedReadMovesTheFloorOnlyPastItsOwnLastRow() {
        floor.advance(batch(nothingOpen(NONE), false, at(1), NONE, 100, 200));
        floor.advance(batch(nothingOpen(NONE), true, at(2), NONE, 5, 6, 7));

        assertEquals(8, floor.floor(), "rows 8 to 200 that committed late were not read yet");
    }

    @Test
    void aRowTheBatchDidNotSendHoldsTheFloorAtIt() {
        floor.advance(batch(nothingOpen(NONE), false, at(1), NONE, 10, 11, 12));
        floor.advance(batch(nothingOpen(NONE), false, at(2), 11, 11, 12, 13));

        assertEquals(11, floor.floor());
    }

    @Test
    void theReadNeverStartsAboveAParkedRowWhichAnOperatorMayRedrive() {
        floor.advance(batch(nothingOpen(NONE), false, at(1), NONE, 10, 11, 12));
        floor.advance(batch(nothingOpen(NONE), false, at(2), NONE));
        assertEquals(13, floor.floor());

        assertEquals(4, floor.from(nothingOpen(4)));
    }

    @Test
    void sessionsItCannotSeeKeepTheFloorWhereItIs() {
        PendingFloor.Before hidden = new PendingFloor.Before(Optional.empty(), false, NONE);
        floor.advance(batch(hidden, false, at(1), NONE, 10, 11));
        floor.advance(batch(hidden, false, at(2), NONE, 12));

        assertEquals(Long.MIN_VALUE, floor.floor());
    }

    private static PendingFloor.Batch batch(
            PendingFloor.Before before, boolean full, Instant readEnded, long lowestLeft, long... read) {
        return new PendingFloor.Batch(before, read, full, readEnded, lowestLeft);
    }

    private static PendingFloor.Before nothingOpen(long lowestParked) {
        return new PendingFloor.Before(Optional.empty(), true, lowestParked);
    }

    private static PendingFloor.Before openSince(Instant since) {
        return new PendingFloor.Before(Optional.of(since), true, NONE);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
