package vn.practica.placement.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.platform.id.TimeOrderedIds;

/**
 * The placements a run still has to write, offer by offer: per student matched to one of these offers, their
 * school, pseudonym and the id the result gave their placement. Built from a result just fixed, or read back from
 * a fixed result whose run stopped midway (its offers not yet placed), so both write through the same path.
 */
final class RoundPlacements {
    final UUID[] offerIds;
    /** The students of offer {@code k} are {@code offerStart[k]} to {@code offerStart[k + 1]} (exclusive). */
    final int[] offerStart;

    final UUID[] studentIds;
    final UUID[] schoolIds;
    final UUID[] pseudonyms;
    final UUID[] placementIds;
    final String[] emails;
    /** Per student of the inputs, where they are in these arrays (-1: unmatched); null when read back. */
    private final int[] positionOfStudent;

    private RoundPlacements(List<UUID> offers, List<Integer> starts, int students, int[] positionOfStudent) {
        this.positionOfStudent = positionOfStudent;
        offerIds = offers.toArray(UUID[]::new);
        offerStart = starts.stream().mapToInt(Integer::intValue).toArray();
        studentIds = new UUID[students];
        schoolIds = new UUID[students];
        pseudonyms = new UUID[students];
        placementIds = new UUID[students];
        emails = new String[students];
    }

    /**
     * Every match of the result, its offers in the inputs' order and their students in student index order, each
     * given a new placement id in that order: time-ordered ids, so the groups, written in that order, add to the
     * placement and application indexes at their right-hand edge instead of at random pages (docs/benchmarks.md,
     * "Seventh pass").
     */
    static RoundPlacements of(RoundInputs in, Matching result) {
        List<UUID> offers = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int[] firstOf = new int[in.offerIds.length];
        int total = 0;
        for (int o = 0; o < in.offerIds.length; o++) {
            firstOf[o] = total;
            if (result.admitted(o) > 0) {
                offers.add(in.offerIds[o]);
                starts.add(total);
                total += result.admitted(o);
            }
        }
        starts.add(total);
        RoundPlacements placements = new RoundPlacements(offers, starts, total, new int[in.studentCount()]);
        for (int s = 0; s < in.studentCount(); s++) {
            int o = result.assignedOffer(s);
            placements.positionOfStudent[s] = o >= 0 ? firstOf[o]++ : -1;
            if (o >= 0) {
                placements.set(
                        placements.positionOfStudent[s],
                        in.studentIds[s],
                        in.schools[s],
                        in.pseudonyms[s],
                        null,
                        in.emails[s]);
            }
        }
        // made only now, in position order: the order the groups write them
        for (int i = 0; i < total; i++) {
            placements.placementIds[i] = TimeOrderedIds.next();
        }
        return placements;
    }

    /**
     * The placement id student {@code s} of the inputs this was made from was given; null when unmatched. Only for
     * a result just fixed ({@link #of}), not one read back.
     */
    UUID placementIdOf(int s) {
        return positionOfStudent[s] < 0 ? null : placementIds[positionOfStudent[s]];
    }

    /** The matches of the round's fixed result whose offers are not placed yet, by offer and student id. */
    static RoundPlacements unplaced(Connection c, UUID roundId) throws SQLException {
        List<UUID> offers = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<UUID[]> rows = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select a.offer_id, a.student_id, s.school_id,"
                + " s.pseudonym, a.placement_id, s.email from round_assignment a"
                + " join round_offer_result r on r.round_id = a.round_id and r.offer_id = a.offer_id"
                + " join student s on s.id = a.student_id"
                + " where a.round_id = ? and r.placed_at is null order by a.offer_id, a.student_id")) {
            select.setObject(1, roundId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    UUID offer = r.getObject(1, UUID.class);
                    if (offers.isEmpty() || !offers.get(offers.size() - 1).equals(offer)) {
                        offers.add(offer);
                        starts.add(rows.size());
                    }
                    rows.add(new UUID[] {
                        r.getObject(2, UUID.class),
                        r.getObject(3, UUID.class),
                        r.getObject(4, UUID.class),
                        r.getObject(5, UUID.class)
                    });
                    emails.add(r.getString(6));
                }
            }
        }
        starts.add(rows.size());
        RoundPlacements placements = new RoundPlacements(offers, starts, rows.size(), null);
        for (int i = 0; i < rows.size(); i++) {
            UUID[] row = rows.get(i);
            placements.set(i, row[0], row[1], row[2], row[3], emails.get(i));
        }
        return placements;
    }

    private void set(int i, UUID student, UUID school, UUID pseudonym, UUID placement, String email) {
        studentIds[i] = student;
        schoolIds[i] = school;
        pseudonyms[i] = pseudonym;
        placementIds[i] = placement;
        emails[i] = email;
    }

    int size() {
        return studentIds.length;
    }

    /**
     * Whole offers in groups of at least {@code students} students each (the last may hold fewer): per group its
     * first offer and the offer after its last.
     */
    List<int[]> groups(int students) {
        List<int[]> groups = new ArrayList<>();
        int first = 0;
        for (int k = 0; k < offerIds.length; k++) {
            if (offerStart[k + 1] - offerStart[first] >= students) {
                groups.add(new int[] {first, k + 1});
                first = k + 1;
            }
        }
        if (first < offerIds.length) {
            groups.add(new int[] {first, offerIds.length});
        }
        return groups;
    }
}
