import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a finished national round's inputs the way a run does, by each way named on the command line, and prints the
 * time each took (docs/benchmarks.md, "Eleventh pass"):
 * - rows: the students, then a row per choice (student_id, rank, offer_id) found per student in a map (before);
 * - strings: a row per student joined to their list, ranks and offers as two strings (the run's way now);
 * - arrays: the same rows with the lists as arrays, read with getArray.
 * usage, after bench/national-round.sh 850000:
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar \
 *       bench/matching/InputsRead.java rows strings arrays rows strings arrays
 */
public class InputsRead {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/practica_placement_e2e1_national";
    private static final String STUDENT = "select s.id, s.pseudonym, s.school_id, s.program_sourced_id, s.email";
    private static final String JOINED = " from round_preference p join student s on s.id = p.student_id"
            + " where p.round_id = ?::uuid order by s.pseudonym";

    public static void main(String[] ways) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.setAutoCommit(false);
            String round = single(c, "select id::text from matching_round limit 1");
            Map<UUID, Integer> offers = offerIndex(c, round);
            for (String way : ways) {
                long start = System.nanoTime();
                long sum = switch (way) {
                    case "rows" -> rows(c, round, offers);
                    case "strings" -> strings(c, round, offers);
                    case "arrays" -> arrays(c, round, offers);
                    default -> throw new IllegalArgumentException(way);
                };
                System.out.printf("%-8s %.2f s (check %d)%n", way, (System.nanoTime() - start) / 1e9, sum);
            }
        }
    }

    private static long rows(Connection c, String round, Map<UUID, Integer> offers) throws SQLException {
        Map<UUID, Integer> students = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(STUDENT + " from student s where s.id in"
                + " (select student_id from round_preference where round_id = ?::uuid) order by s.pseudonym")) {
            s.setFetchSize(50_000);
            s.setString(1, round);
            try (ResultSet r = s.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    students.put((UUID) r.getObject(1), i);
                    student(r);
                }
            }
        }
        long sum = 0;
        try (PreparedStatement s = c.prepareStatement("select p.student_id, c.rank, c.offer_id from round_preference p"
                + " cross join unnest(p.ranks, p.offer_ids) as c (rank, offer_id) where p.round_id = ?::uuid")) {
            s.setFetchSize(100_000);
            s.setString(1, round);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // the student's index looked up as the run did; kept out of the check, which the ways share
                    sum += students.get((UUID) r.getObject(1)) * 0L + r.getInt(2) + offers.get((UUID) r.getObject(3));
                }
            }
        }
        return sum;
    }

    private static long strings(Connection c, String round, Map<UUID, Integer> offers) throws SQLException {
        long sum = 0;
        try (PreparedStatement s = c.prepareStatement(
                STUDENT + ", array_to_string(p.ranks, ','), array_to_string(p.offer_ids, '')" + JOINED)) {
            s.setFetchSize(50_000);
            s.setString(1, round);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    student(r);
                    for (String rank : r.getString(6).split(",")) {
                        sum += Integer.parseInt(rank);
                    }
                    String ids = r.getString(7);
                    for (int k = 0; k < ids.length(); k += 36) {
                        sum += offers.get(UUID.fromString(ids.substring(k, k + 36)));
                    }
                }
            }
        }
        return sum;
    }

    private static long arrays(Connection c, String round, Map<UUID, Integer> offers) throws SQLException {
        long sum = 0;
        try (PreparedStatement s = c.prepareStatement(STUDENT + ", p.ranks, p.offer_ids" + JOINED)) {
            s.setFetchSize(50_000);
            s.setString(1, round);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    student(r);
                    Object[] ranks = (Object[]) r.getArray(6).getArray();
                    Object[] ids = (Object[]) r.getArray(7).getArray();
                    for (int k = 0; k < ids.length; k++) {
                        sum += ((Number) ranks[k]).intValue() + offers.get((UUID) ids[k]);
                    }
                }
            }
        }
        return sum;
    }

    private static void student(ResultSet r) throws SQLException {
        r.getObject(1);
        r.getObject(2);
        r.getObject(3);
        r.getString(4);
        r.getString(5);
    }

    private static Map<UUID, Integer> offerIndex(Connection c, String round) throws SQLException {
        Map<UUID, Integer> index = new HashMap<>();
        try (PreparedStatement s =
                c.prepareStatement("select offer_id from round_offer where round_id = ?::uuid order by offer_id")) {
            s.setString(1, round);
            try (ResultSet r = s.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    index.put((UUID) r.getObject(1), i);
                }
            }
        }
        return index;
    }

    private static String single(Connection c, String query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
