package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.practica.placement.application.MatchedApplicationService;
import vn.practica.placement.application.MatchedApplicationService.MatchedStudent;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.MatchedPlacementService;
import vn.practica.placement.placement.MatchedPlacementService.Match;

/**
 * Writes a run's result in its transaction: the capacities it used, per offer its admitted count and cut-off, the
 * placements (with their applications, agreements, audit entries and events) whole offers at a time, about
 * {@value #CHUNK} students a time, per student the offer held with its rank, key and placement, and the snapshot the
 * verify endpoint re-runs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class RoundResultWriter {
    /** Placements written together (whole offers: at least this many students, unless the last ones). */
    private static final int CHUNK = 2_000;

    private final EntityManager em;
    private final OfferSeatService offers;
    private final MatchedApplicationService applications;
    private final MatchedPlacementService placements;

    RoundResultWriter(
            EntityManager em,
            OfferSeatService offers,
            MatchedApplicationService applications,
            MatchedPlacementService placements) {
        this.em = em;
        this.offers = offers;
        this.applications = applications;
        this.placements = placements;
    }

    /** Writes it all; {@code progress} hears the share of placements written so far, 0 to 100. */
    void write(UUID roundId, UUID runId, RoundInputs in, Matching result, Instant now, IntConsumer progress) {
        UUID[] placementOf = proposePlacements(roundId, in, result, now, progress);
        em.unwrap(Session.class).doWork(c -> {
            offerResults(c, roundId, in, result);
            assignments(c, roundId, in, result, placementOf);
            snapshot(c, roundId, runId, RoundSnapshot.of(in));
        });
    }

    private UUID[] proposePlacements(UUID roundId, RoundInputs in, Matching result, Instant now, IntConsumer progress) {
        int[][] admitted = studentsByOffer(in, result);
        Map<UUID, OfferTerms> terms = offers.findTerms(Arrays.asList(in.offerIds));
        UUID[] placementOf = new UUID[in.studentCount()];
        int total = result.assignedCount();
        int written = 0;
        List<Integer> chunk = new ArrayList<>();
        int chunkStudents = 0;
        for (int o = 0; o < admitted.length; o++) {
            if (admitted[o].length == 0) {
                continue;
            }
            chunk.add(o);
            chunkStudents += admitted[o].length;
            if (chunkStudents >= CHUNK) {
                proposeChunk(roundId, in, admitted, chunk, terms, placementOf, now);
                written += chunkStudents;
                chunk.clear();
                chunkStudents = 0;
                progress.accept((int) (100L * written / total));
            }
        }
        proposeChunk(roundId, in, admitted, chunk, terms, placementOf, now);
        return placementOf;
    }

    /** The placements of a few offers' students, written in one set of batches. */
    private void proposeChunk(
            UUID roundId,
            RoundInputs in,
            int[][] admitted,
            List<Integer> offersInChunk,
            Map<UUID, OfferTerms> terms,
            UUID[] placementOf,
            Instant now) {
        if (offersInChunk.isEmpty()) {
            return;
        }
        List<MatchedStudent> matched = new ArrayList<>();
        for (int o : offersInChunk) {
            OfferTerms offer = terms.get(in.offerIds[o]);
            for (int s : admitted[o]) {
                matched.add(new MatchedStudent(offer, in.studentIds[s], in.schools[s]));
            }
        }
        List<UUID> applicationIds = applications.acceptMatched(roundId, matched, now);
        List<Match> matches = new ArrayList<>(matched.size());
        int i = 0;
        for (int o : offersInChunk) {
            for (int s : admitted[o]) {
                MatchedStudent student = matched.get(i);
                matches.add(new Match(
                        student.offer(),
                        applicationIds.get(i),
                        student.studentId(),
                        in.pseudonyms[s],
                        student.schoolId()));
                i++;
            }
        }
        List<UUID> ids = placements.proposeMatched(roundId, matches, now);
        i = 0;
        for (int o : offersInChunk) {
            for (int s : admitted[o]) {
                placementOf[s] = ids.get(i++);
            }
        }
    }

    /** The students each offer admitted, in student index order. */
    private static int[][] studentsByOffer(RoundInputs in, Matching result) {
        int[] counts = new int[in.offerIds.length];
        for (int s = 0; s < in.studentCount(); s++) {
            int o = result.assignedOffer(s);
            if (o >= 0) {
                counts[o]++;
            }
        }
        int[][] byOffer = new int[counts.length][];
        for (int o = 0; o < counts.length; o++) {
            byOffer[o] = new int[counts[o]];
        }
        int[] next = new int[counts.length];
        for (int s = 0; s < in.studentCount(); s++) {
            int o = result.assignedOffer(s);
            if (o >= 0) {
                byOffer[o][next[o]++] = s;
            }
        }
        return byOffer;
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

    /** Every student's outcome, streamed in with COPY: a national round has hundreds of thousands. */
    private static void assignments(Connection c, UUID roundId, RoundInputs in, Matching result, UUID[] placementOf)
            throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy round_assignment (round_id, student_id, lottery, offer_id, rank, priority_key,"
                        + " placement_id, choice_keys, choice_reasons) from stdin (format csv)");
        StringBuilder rows = new StringBuilder(1 << 17);
        try {
            for (int s = 0; s < in.studentCount(); s++) {
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
                    rows.append(',').append(in.choiceKey[e]).append(',').append(placementOf[s]);
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

    private static void snapshot(Connection c, UUID roundId, UUID runId, RoundSnapshot snapshot) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("insert into round_snapshot (round_id, run_id, format, data) values (?, ?, ?, ?)")) {
            insert.setObject(1, roundId);
            insert.setObject(2, runId);
            insert.setShort(3, RoundSnapshot.FORMAT);
            try {
                insert.setBytes(4, snapshot.toBytes());
            } catch (UncheckedIOException e) {
                throw new SQLException("snapshot not serializable", (IOException) e.getCause());
            }
            insert.executeUpdate();
        }
    }
}
