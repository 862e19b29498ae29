package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.practica.events.placement.RoundEventData.Summary;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.placement.MatchedPlacementService;

/**
 * Fixes a run's result in the run's first transaction: the seats it takes from each offer, per offer its admitted
 * count and cut-off, per student the offer held with its rank, key and the id its placement will have, the snapshot
 * the verify endpoint re-runs, and the summary a resumed run announces. The placements themselves are written
 * afterwards by {@link RoundPlacer}, from what this returns.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class RoundResultWriter {
    private final EntityManager em;
    private final MatchedPlacementService placements;

    RoundResultWriter(EntityManager em, MatchedPlacementService placements) {
        this.em = em;
        this.placements = placements;
    }

    /** Writes it all and returns the placements to write. */
    RoundPlacements fix(UUID roundId, UUID runId, RoundInputs in, Matching result, Summary summary, Instant now) {
        takeSeats(in, result);
        RoundPlacements todo = RoundPlacements.of(in, result);
        // Deflated on another core while the database takes in the outcomes: a national snapshot is 130 MB raw
        CompletableFuture<byte[]> snapshot =
                CompletableFuture.supplyAsync(() -> RoundSnapshot.of(in).toBytes());
        em.unwrap(Session.class).doWork(c -> {
            offerResults(c, roundId, in, result);
            assignments(c, roundId, in, result, todo);
            snapshot(c, roundId, runId, snapshot.join());
            summary(c, roundId, runId, summary, now);
        });
        return todo;
    }

    /** Every offer's seats for its admitted students, all of them or the run fails. */
    private void takeSeats(RoundInputs in, Matching result) {
        int admitting = 0;
        for (int o = 0; o < in.offerIds.length; o++) {
            admitting += result.admitted(o) > 0 ? 1 : 0;
        }
        UUID[] offerIds = new UUID[admitting];
        int[] counts = new int[admitting];
        for (int o = 0, i = 0; o < in.offerIds.length; o++) {
            if (result.admitted(o) > 0) {
                offerIds[i] = in.offerIds[o];
                counts[i++] = result.admitted(o);
            }
        }
        placements.takeRoundSeats(offerIds, counts);
    }

    private static void offerResults(Connection c, UUID roundId, RoundInputs in, Matching result) throws SQLException {
        try (PreparedStatement capacity =
                        c.prepareStatement("update round_offer set capacity = ? where round_id = ? and offer_id = ?");
                PreparedStatement insert = c.prepareStatement("insert into round_offer_result (round_id, offer_id,"
                        + " capacity, offer_open, admitted, cutoff_key) values (?, ?, ?, ?, ?, ?)")) {
            for (int o = 0; o < in.offerIds.length; o++) {
                capacity.setInt(1, in.capacity[o]);
                capacity.setObject(2, roundId);
                capacity.setObject(3, in.offerIds[o]);
                capacity.addBatch();
                insert.setObject(1, roundId);
                insert.setObject(2, in.offerIds[o]);
                insert.setInt(3, in.capacity[o]);
                insert.setBoolean(4, in.offerOpen[o]);
                insert.setInt(5, result.admitted(o));
                long cutoff = result.cutoff(o);
                insert.setObject(6, cutoff == Matching.NO_CUTOFF ? null : cutoff, java.sql.Types.BIGINT);
                insert.addBatch();
            }
            capacity.executeBatch();
            insert.executeBatch();
        }
    }

    /**
     * Every student's outcome, streamed in with COPY (a national round has hundreds of thousands) in the order of
     * their ids, so each row adds to the table's key at its right-hand edge instead of at a random page: measured
     * on a national round's 850,000 rows, 3.8 s in that order against 5.9 s in the inputs' (docs/benchmarks.md,
     * "Eleventh pass").
     */
    private static void assignments(Connection c, UUID roundId, RoundInputs in, Matching result, RoundPlacements todo)
            throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy round_assignment (round_id, student_id, lottery, offer_id, rank, priority_key,"
                        + " placement_id, choice_keys, choice_reasons) from stdin (format csv)");
        StringBuilder rows = new StringBuilder(1 << 17);
        try {
            for (int s : byId(in.studentIds)) {
                rows.append(roundId)
                        .append(',')
                        .append(in.studentIds[s])
                        .append(',')
                        .append(in.lottery[s]);
                int e = result.assignedChoice(s);
                if (e < 0) {
                    rows.append(",,,,");
                } else {
                    rows.append(',')
                            .append(in.offerIds[in.choiceOffer[e]])
                            .append(',')
                            .append(in.choiceRank[e]);
                    rows.append(',').append(in.choiceKey[e]).append(',').append(todo.placementIdOf(s));
                }
                choices(rows, in, result, s);
                if (rows.length() > 1 << 16) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Indexes of {@code ids} in PostgreSQL's order of uuids: unsigned, most significant bits first. */
    static int[] byId(UUID[] ids) {
        Integer[] order = new Integer[ids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int most = Long.compareUnsigned(ids[a].getMostSignificantBits(), ids[b].getMostSignificantBits());
            return most != 0
                    ? most
                    : Long.compareUnsigned(ids[a].getLeastSignificantBits(), ids[b].getLeastSignificantBits());
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The student's keys and reasons as two array literals, in rank order. */
    private static void choices(StringBuilder rows, RoundInputs in, Matching result, int s) {
        int from = in.choiceStart[s];
        int to = in.choiceStart[s + 1];
        rows.append(",\"{");
        for (int e = from; e < to; e++) {
            rows.append(e == from ? "" : ",").append(in.choiceKey[e]);
        }
        rows.append("}\",\"{");
        for (int e = from; e < to; e++) {
            rows.append(e == from ? "" : ",").append(result.reason(e).code());
        }
        rows.append("}\"\n");
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    private static void summary(Connection c, UUID roundId, UUID runId, Summary summary, Instant now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into round_result (round_id, run_id, algorithm,"
                + " fingerprint, students, choices, seats, matched, fixed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, roundId);
            insert.setObject(2, runId);
            insert.setString(3, summary.algorithm());
            insert.setString(4, summary.fingerprint());
            insert.setInt(5, summary.students());
            insert.setInt(6, summary.choices());
            insert.setInt(7, summary.seats());
            insert.setInt(8, summary.matched());
            insert.setObject(9, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void snapshot(Connection c, UUID roundId, UUID runId, byte[] snapshot) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("insert into round_snapshot (round_id, run_id, format, data) values (?, ?, ?, ?)")) {
            insert.setObject(1, roundId);
            insert.setObject(2, runId);
            insert.setShort(3, RoundSnapshot.FORMAT);
            insert.setBytes(4, snapshot);
            insert.executeUpdate();
        }
    }
}
