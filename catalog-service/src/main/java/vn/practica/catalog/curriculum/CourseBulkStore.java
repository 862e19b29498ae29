package vn.practica.catalog.curriculum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads and writes a school's courses in bulk with plain JDBC batches on the transaction's connection. A
 * 10,000-course sync through managed entities spent seconds in Hibernate's persistence context (hydration,
 * snapshots, dirty checks); here it is one query to read and a few batched statements to write.
 */
@ApplicationScoped
public class CourseBulkStore {
    private static final int BATCH = 1_000;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private static final String SELECT = "select c.id, c.sourced_id, c.code, c.title, c.credits, c.practical_hours,"
            + " c.learning_outcomes::text, c.status, c.date_last_modified, c.version, c.updated_at,"
            + " array(select program_id from course_program where course_id = c.id) as programs,"
            + " array(select item_id from course_competency where course_id = c.id) as items"
            + " from course c where c.school_id = ? and c.sourced_id = any(?)";
    private static final String INSERT = "insert into course (code, title, credits, practical_hours,"
            + " learning_outcomes, status, date_last_modified, version, updated_at, search_text, id, school_id,"
            + " sourced_id) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update course set code = ?, title = ?, credits = ?, practical_hours = ?,"
            + " learning_outcomes = cast(? as jsonb), status = ?, date_last_modified = ?, version = ?,"
            + " updated_at = ?, search_text = ? where id = ?";

    private final EntityManager em;
    private final ObjectMapper json;

    CourseBulkStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The school's courses with these sourcedIds, with their programme and competency links. */
    public Map<String, Course> bySourcedId(UUID schoolId, Collection<String> sourcedIds) {
        Map<String, Course> found = new HashMap<>();
        work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setObject(1, schoolId);
                select.setArray(2, connection.createArrayOf("varchar", sourcedIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Course course = course(schoolId, rows);
                        found.put(course.sourcedId(), course);
                    }
                }
            }
        });
        return found;
    }

    /** Inserts new courses and their links. */
    public void insert(List<Course> courses) {
        if (courses.isEmpty()) {
            return;
        }
        work(connection -> {
            batch(connection, INSERT, courses, (statement, c) -> {
                int next = bindColumns(statement, c);
                statement.setObject(next, c.id());
                statement.setObject(next + 1, c.schoolId());
                statement.setString(next + 2, c.sourcedId());
            });
            insertLinks(connection, courses);
        });
    }

    /** Writes changed courses and replaces their links. */
    public void update(List<Course> courses) {
        if (courses.isEmpty()) {
            return;
        }
        work(connection -> {
            batch(
                    connection,
                    UPDATE,
                    courses,
                    (statement, c) -> statement.setObject(bindColumns(statement, c), c.id()));
            Array ids = connection.createArrayOf(
                    "uuid", courses.stream().map(Course::id).toArray());
            for (String table : List.of("course_program", "course_competency")) {
                try (PreparedStatement delete =
                        connection.prepareStatement("delete from " + table + " where course_id = any(?)")) {
                    delete.setArray(1, ids);
                    delete.executeUpdate();
                }
            }
            insertLinks(connection, courses);
        });
    }

    private void insertLinks(Connection connection, List<Course> courses) throws SQLException {
        List<UUID[]> programs = links(courses, true);
        List<UUID[]> items = links(courses, false);
        batch(connection, "insert into course_program (course_id, program_id) values (?, ?)", programs, this::bindLink);
        batch(connection, "insert into course_competency (course_id, item_id) values (?, ?)", items, this::bindLink);
    }

    private static List<UUID[]> links(List<Course> courses, boolean programs) {
        return courses.stream()
                .flatMap(c -> (programs ? c.programIds() : c.competencyItemIds())
                        .stream().map(target -> new UUID[] {c.id(), target}))
                .toList();
    }

    private void bindLink(PreparedStatement statement, UUID[] link) throws SQLException {
        statement.setObject(1, link[0]);
        statement.setObject(2, link[1]);
    }

    /** Binds the mutable columns in the order INSERT and UPDATE share; returns the next parameter index. */
    private int bindColumns(PreparedStatement statement, Course c) throws SQLException {
        statement.setString(1, c.code());
        statement.setString(2, c.title());
        statement.setBigDecimal(3, c.credits());
        if (c.practicalHours() == null) {
            statement.setNull(4, Types.INTEGER);
        } else {
            statement.setInt(4, c.practicalHours());
        }
        statement.setString(5, toJson(c.learningOutcomes()));
        statement.setString(6, c.status().name());
        statement.setTimestamp(7, Timestamp.from(c.dateLastModified()));
        statement.setLong(8, c.version());
        statement.setTimestamp(9, Timestamp.from(c.updatedAt()));
        statement.setString(10, c.searchText());
        return 11;
    }

    private Course course(UUID schoolId, ResultSet row) throws SQLException {
        var stored = new SyncedEntity.Stored(
                row.getObject("id", UUID.class),
                schoolId,
                row.getString("sourced_id"),
                SyncStatus.valueOf(row.getString("status")),
                row.getTimestamp("date_last_modified").toInstant(),
                row.getLong("version"),
                row.getTimestamp("updated_at").toInstant());
        Integer hours = row.getObject("practical_hours", Integer.class);
        var columns = new CourseRecord(
                stored.sourcedId(),
                row.getString("code"),
                row.getString("title"),
                row.getBigDecimal("credits"),
                hours,
                fromJson(row.getString("learning_outcomes")),
                List.of(),
                List.of(),
                stored.status(),
                stored.dateLastModified());
        return Course.restore(
                stored, columns, new Course.Links(uuids(row.getArray("programs")), uuids(row.getArray("items"))));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).collect(Collectors.toSet());
    }

    private String toJson(List<String> outcomes) {
        try {
            return json.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fromJson(String outcomes) {
        try {
            return json.readValue(outcomes, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored learning outcomes are not a JSON array", e);
        }
    }

    private void work(org.hibernate.jdbc.Work work) {
        em.unwrap(Session.class).doWork(work);
    }

    private static <T> void batch(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                binder.bind(statement, rows.get(i));
                statement.addBatch();
                if ((i + 1) % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }
}
