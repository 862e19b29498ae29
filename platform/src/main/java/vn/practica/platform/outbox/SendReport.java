package vn.practica.platform.outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of one batch: the rows Kafka acknowledged, the rows parked for good, the row where a transient
 * failure stopped the batch (if any) and how many rows were held behind a row parked in this batch.
 */
record SendReport(int read, List<UUID> acked, List<Parked> parked, Optional<PendingEvent> stoppedAt, int held) {

    static final SendReport NOTHING = new SendReport(0, List.of(), List.of(), Optional.empty(), 0);

    /** A row Kafka can never accept as it is, with the reason kept on the row and logged. */
    record Parked(PendingEvent event, String reason) {}

    /** Rows left pending by a transient failure: the failed row and every row after it. */
    int waiting() {
        return read - acked.size() - parked.size() - held;
    }
}
