package vn.practica.placement.matching;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import vn.practica.placement.matching.algorithm.Lottery;
import vn.practica.placement.matching.algorithm.MatchingInstance;
import vn.practica.placement.matching.algorithm.PriorityKeys;

/**
 * A round's input as the algorithm takes it, read in the run's transaction: the offers in id order with the seats
 * free now (none for an offer closed or cancelled since the round opened), the students who ranked in pseudonym
 * order (the lottery's order: student {@code i} draws the {@code i}-th number of the published seed), their lists,
 * and per edge the offer's priority: the business's score where given, else the share of the offer's competency
 * items the student's programme covers, then the lottery. The same stored rows and seed give the same arrays.
 */
final class RoundInputs {
    final UUID[] offerIds;
    final UUID[] offerBusiness;
    final int[] capacity;
    final boolean[] offerOpen;
    final UUID[] studentIds;
    final UUID[] pseudonyms;
    final UUID[] schools;
    /** Read with the rest, so the mails of the round's placements need no query of their own (null: none). */
    final String[] emails;

    final int[] lottery;
    final int[] choiceStart;
    final int[] choiceOffer;
    final int[] choiceRank;
    final long[] choiceKey;
    final UUID[] businessIds;
    final int[] businessCapacity;
    final int[] offerBusinessIndex;

    private RoundInputs(Builder b) {
        offerIds = b.offerIds;
        offerBusiness = b.offerBusiness;
        capacity = b.capacity;
        offerOpen = b.offerOpen;
        studentIds = b.studentIds;
        pseudonyms = b.pseudonyms;
        schools = b.schools;
        emails = b.emails;
        lottery = b.lottery;
        choiceStart = b.choiceStart;
        choiceOffer = b.choiceOffer;
        choiceRank = b.choiceRank;
        choiceKey = b.choiceKey;
        businessIds = b.businessIds;
        businessCapacity = b.businessCapacity;
        offerBusinessIndex = b.offerBusinessIndex;
    }

    int studentCount() {
        return studentIds.length;
    }

    int choiceCount() {
        return choiceOffer.length;
    }

    int seats() {
        return Arrays.stream(capacity).sum();
    }

    boolean businessWide() {
        return businessIds.length > 0;
    }

    MatchingInstance instance() {
        if (!businessWide()) {
            return MatchingInstance.of(choiceStart, choiceOffer, choiceKey, capacity);
        }
        return MatchingInstance.withBusinesses(
                choiceStart, choiceOffer, choiceKey, capacity, offerBusinessIndex, businessCapacity);
    }

    /**
     * Reads the round; {@code covered} gives the competency items a student's programme covers (school,
     * programme), asked once per programme.
     */
    static RoundInputs load(Connection c, UUID roundId, long seed, BiFunction<UUID, String, Set<UUID>> covered)
            throws SQLException {
        Builder b = new Builder();
        b.offers(c, roundId);
        b.businesses(c, roundId);
        b.studentsAndChoices(c, roundId, seed, covered);
        return new RoundInputs(b);
    }

    /** The canonical text of a UUID: 8-4-4-4-12 hex digits. */
    private static final int UUID_TEXT = 36;

    /**
     * One student's list into {@code ranks} and {@code offers} from edge {@code from} on, as the run's query gives it:
     * its ranks comma-separated (each at least 1: the upload checks them) and its offers' canonical ids one after
     * another, each mapped to its index; returns the edge after it.
     */
    static int list(
            String rankText, String offerText, Map<UUID, Integer> offerIndex, int[] ranks, int[] offers, int from) {
        int e = from;
        int rank = 0;
        for (int k = 0; k <= rankText.length(); k++) {
            if (k == rankText.length() || rankText.charAt(k) == ',') {
                ranks[e++] = rank;
                rank = 0;
            } else {
                rank = rank * 10 + (rankText.charAt(k) - '0');
            }
        }
        for (int k = 0, at = from; k < offerText.length(); k += UUID_TEXT, at++) {
            offers[at] = offerIndex.get(UUID.fromString(offerText.substring(k, k + UUID_TEXT)));
        }
        return e;
    }

    private static final class Builder {
        UUID[] offerIds;
        UUID[] offerBusiness;
        int[] capacity;
        boolean[] offerOpen;
        UUID[][] offerItems;
        Map<UUID, Integer> offerIndex;
        UUID[] studentIds;
        UUID[] pseudonyms;
        UUID[] schools;
        String[] programs;
        String[] emails;
        int[] lottery;
        Map<UUID, Integer> studentIndex;
        int[] choiceStart;
        int[] choiceOffer;
        int[] choiceRank;
        long[] choiceKey;
        UUID[] businessIds = new UUID[0];
        int[] businessCapacity = new int[0];
        int[] offerBusinessIndex;

        void offers(Connection c, UUID roundId) throws SQLException {
            int n = count(c, "select count(*) from round_offer where round_id = ?", roundId);
            offerIds = new UUID[n];
            offerBusiness = new UUID[n];
            capacity = new int[n];
            offerOpen = new boolean[n];
            offerItems = new UUID[n][];
            offerIndex = new HashMap<>(n * 2);
            try (PreparedStatement s = c.prepareStatement("select o.id, o.business_id, o.seats - o.seats_taken,"
                    + " o.status = 'OPEN', o.competency_item_ids from round_offer ro join offer o on o.id = ro.offer_id"
                    + " where ro.round_id = ? order by o.id for update of o")) {
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    for (int i = 0; r.next(); i++) {
                        offerIds[i] = (UUID) r.getObject(1);
                        offerBusiness[i] = (UUID) r.getObject(2);
                        offerOpen[i] = r.getBoolean(4);
                        capacity[i] = offerOpen[i] ? r.getInt(3) : 0;
                        offerItems[i] = uuids(r.getArray(5));
                        offerIndex.put(offerIds[i], i);
                    }
                }
            }
        }

        void businesses(Connection c, UUID roundId) throws SQLException {
            Map<UUID, Integer> index = new HashMap<>();
            java.util.List<Integer> capacities = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select business_id, capacity from round_business_capacity"
                    + " where round_id = ? order by business_id")) {
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        index.put((UUID) r.getObject(1), index.size());
                        capacities.add(r.getInt(2));
                    }
                }
            }
            businessIds = index.keySet().stream()
                    .sorted(java.util.Comparator.comparing(index::get))
                    .toArray(UUID[]::new);
            businessCapacity = capacities.stream().mapToInt(Integer::intValue).toArray();
            offerBusinessIndex = new int[offerIds.length];
            for (int o = 0; o < offerIds.length; o++) {
                offerBusinessIndex[o] = index.getOrDefault(offerBusiness[o], MatchingInstance.NO_BUSINESS);
            }
        }

        /**
         * The students who ranked, in pseudonym order, each with their list, in one pass over the round's lists:
         * the offers of a list come as one string of their canonical 36-character ids, so a national round's
         * millions of choices cost one parse each, not a row of their own (docs/benchmarks.md, "Eleventh pass").
         */
        void studentsAndChoices(Connection c, UUID roundId, long seed, BiFunction<UUID, String, Set<UUID>> covered)
                throws SQLException {
            int n;
            int edges;
            try (PreparedStatement s = c.prepareStatement("select count(*), coalesce(sum(cardinality(offer_ids)), 0)"
                    + " from round_preference where round_id = ?")) {
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    n = r.getInt(1);
                    edges = r.getInt(2);
                }
            }
            studentIds = new UUID[n];
            pseudonyms = new UUID[n];
            schools = new UUID[n];
            programs = new String[n];
            emails = new String[n];
            studentIndex = new HashMap<>(n * 2);
            choiceStart = new int[n + 1];
            choiceOffer = new int[edges];
            choiceRank = new int[edges];
            try (PreparedStatement s = c.prepareStatement("select s.id, s.pseudonym, s.school_id,"
                    + " s.program_sourced_id, s.email, array_to_string(p.ranks, ','), array_to_string(p.offer_ids, '')"
                    + " from round_preference p join student s on s.id = p.student_id where p.round_id = ?"
                    + " order by s.pseudonym")) {
                s.setFetchSize(50_000);
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    int e = 0;
                    for (int i = 0; r.next(); i++) {
                        studentIds[i] = (UUID) r.getObject(1);
                        pseudonyms[i] = (UUID) r.getObject(2);
                        schools[i] = (UUID) r.getObject(3);
                        programs[i] = r.getString(4);
                        emails[i] = r.getString(5);
                        studentIndex.put(studentIds[i], i);
                        e = list(r.getString(6), r.getString(7), offerIndex, choiceRank, choiceOffer, e);
                        choiceStart[i + 1] = e;
                        sortByRank(choiceStart[i], e);
                    }
                }
            }
            lottery = Lottery.numbers(seed, n);
            keys(c, roundId, covered);
        }

        /** A student's choices in rank order (a list is stored in rank order already: one pass then). */
        private void sortByRank(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int r = choiceRank[i];
                int o = choiceOffer[i];
                int j = i - 1;
                while (j >= from && choiceRank[j] > r) {
                    choiceRank[j + 1] = choiceRank[j];
                    choiceOffer[j + 1] = choiceOffer[j];
                    j--;
                }
                choiceRank[j + 1] = r;
                choiceOffer[j + 1] = o;
            }
        }

        private void keys(Connection c, UUID roundId, BiFunction<UUID, String, Set<UUID>> covered) throws SQLException {
            Map<Long, Integer> scores = scores(c, roundId);
            Map<String, Set<UUID>> programItems = new HashMap<>();
            choiceKey = new long[choiceOffer.length];
            for (int s = 0; s < studentIds.length; s++) {
                UUID school = schools[s];
                String program = programs[s];
                Set<UUID> items = programItems.computeIfAbsent(
                        school + "/" + program, k -> new HashSet<>(covered.apply(school, program)));
                for (int e = choiceStart[s]; e < choiceStart[s + 1]; e++) {
                    int o = choiceOffer[e];
                    int coveredCount = 0;
                    for (UUID item : offerItems[o]) {
                        coveredCount += items.contains(item) ? 1 : 0;
                    }
                    Integer score = scores.get(((long) o << 32) | s);
                    choiceKey[e] = PriorityKeys.key(
                            score == null ? PriorityKeys.NOT_SCORED : score,
                            coveredCount,
                            offerItems[o].length,
                            lottery[s]);
                }
            }
        }

        private Map<Long, Integer> scores(Connection c, UUID roundId) throws SQLException {
            Map<Long, Integer> scores = new HashMap<>();
            try (PreparedStatement s =
                    c.prepareStatement("select offer_id, student_id, score from round_score where round_id = ?")) {
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Integer o = offerIndex.get((UUID) r.getObject(1));
                        Integer st = studentIndex.get((UUID) r.getObject(2));
                        if (o != null && st != null) {
                            scores.put(((long) o << 32) | st, r.getInt(3));
                        }
                    }
                }
            }
            return scores;
        }

        private static int count(Connection c, String sql, UUID roundId) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, roundId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        }

        private static UUID[] uuids(Array array) throws SQLException {
            return array == null ? new UUID[0] : (UUID[]) array.getArray();
        }
    }
}
