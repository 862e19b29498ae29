package vn.practica.placement.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One upload's rows on their way in, in a temporary table of the upload's transaction: streamed in with COPY,
 * checked against the round's rules in SQL (every row, one pass), then replacing the lists of the students they
 * name. Nothing reaches {@code round_preference} unless every row passed; the table goes with the transaction.
 */
final class PreferenceStaging implements AutoCloseable {
    private static final int FLUSH_BYTES = 1 << 16;

    /** Why a row breaks the round's rules, first reason first; SQL over the resolved rows. */
    private static final String CHECK = "with k as (select cast(? as uuid) as round_id, cast(? as uuid) as uploader,"
            + " cast(? as uuid) as organizer, cast(? as integer) as cap)"
            + " select line, reason, count(*) over () from ("
            + " select c.line, case"
            + "  when k.uploader is not null and c.school_id <> k.uploader then 'not-your-student'"
            + "  when c.student_id is null then 'unknown-student'"
            + "  when k.organizer is not null and not exists (select 1 from round_school rs"
            + "   where rs.round_id = k.round_id and rs.school_id = c.school_id and rs.joined_at is not null)"
            + "   then 'student-not-in-round'"
            + "  when o.id is null then 'offer-not-in-round'"
            + "  when c.rank > k.cap then 'beyond-choice-cap'"
            + "  when count(*) over (partition by c.student_id, c.rank) > 1 then 'duplicate-rank'"
            + "  when count(*) over (partition by c.student_id, c.offer_id) > 1 then 'duplicate-offer'"
            + "  when not ((cardinality(o.eligible_school_ids) = 0 or c.school_id = any(o.eligible_school_ids))"
            + "   and (cardinality(o.eligible_program_ids) = 0 or c.program = any(o.eligible_program_ids))"
            + "   and (cardinality(o.eligible_years) = 0 or c.year = any(o.eligible_years))) then 'not-eligible'"
            + "  end as reason"
            + " from pref_checked c cross join k"
            + " left join round_offer ro on ro.round_id = k.round_id and ro.offer_id = c.offer_id"
            + " left join offer o on o.id = ro.offer_id) e"
            + " where reason is not null order by line limit " + RoundLimits.MAX_ROW_ERRORS;

    /**
     * The upload's rows with their students: each student named (about one in nine rows) looked up once through the
     * (school_id, sourced_id) index. As a plain join the planner, without statistics for a student table just
     * registered, hashed all 850,000 students for every upload: 0.9-1.0 s per 100,000 rows against 0.5 s. The
     * lookup is a scalar subquery returning the student's row because the planner cannot turn that back into a join.
     */
    static final String RESOLVE_STUDENTS = "create temporary table pref_checked on commit drop as"
            + " with named as materialized (select k.school_id, k.sourced_id, (select s from student s"
            + " where s.school_id = k.school_id and s.sourced_id = k.sourced_id) as s"
            + " from (select distinct school_id, sourced_id from pref_upload) k)"
            + " select p.line, p.school_id, p.sourced_id, p.rank, p.offer_id, (n.s).id as student_id,"
            + " (n.s).program_sourced_id as program, (n.s).year_of_study as year from pref_upload p"
            + " left join named n on n.school_id = p.school_id and n.sourced_id = p.sourced_id";

    /**
     * Each student's rows as their list, in rank order, replacing the list the student had; answers (students,
     * preferences) written. An upsert, not a delete and an insert: an overlapping upload that names the same student
     * and commits first would make the insert fail on the primary key. Waiting for it and then replacing its list
     * keeps the last upload's list, as a student's second ranking replaces the first. Students go in id order so
     * that two uploads naming the same students lock their rows in the same order and cannot deadlock.
     */
    static final String UPSERT_LISTS = "with written as (insert into round_preference"
            + " (round_id, student_id, ranks, offer_ids) select ?, student_id, array_agg(rank order by rank),"
            + " array_agg(offer_id order by rank) from pref_checked group by student_id order by student_id"
            + " on conflict (round_id, student_id) do update set ranks = excluded.ranks,"
            + " offer_ids = excluded.offer_ids returning cardinality(offer_ids) as choices)"
            + " select count(*), coalesce(sum(choices), 0) from written";

    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 512);

    private PreferenceStaging(Connection connection, CopyIn copy) {
        this.connection = connection;
        this.copy = copy;
    }

    /** Creates the upload's table and starts copying into it. */
    static PreferenceStaging begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table pref_upload (line bigint, school_id uuid,"
                    + " sourced_id varchar(255), rank smallint, offer_id uuid) on commit drop");
        }
        CopyIn copy =
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy pref_upload from stdin (format csv)");
        return new PreferenceStaging(connection, copy);
    }

    /** Adds one row to the copy. */
    Consumer<PreferenceRow> sink() {
        return row -> {
            buffer.append(row.line()).append(',').append(row.schoolId()).append(",\"");
            buffer.append(row.studentSourcedId().replace("\"", "\"\"")).append("\",");
            buffer.append(row.rank()).append(',').append(row.offerId()).append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        };
    }

    /**
     * Ends the copy and checks every row: the first errors in line order and their total. The uploader's school
     * (null for the State) may only name its own students; a school's round holds only the students of its
     * schools that joined (the organizer and the invited schools that accepted).
     */
    Check finish(UUID roundId, UUID uploaderSchool, UUID organizerSchool, int choiceCap) throws SQLException {
        flush();
        copy.endCopy();
        try (Statement statement = connection.createStatement()) {
            statement.execute(RESOLVE_STUDENTS);
            // A temporary table has no statistics until analyzed: without them the check and the apply below
            // plan for a few rows, not the hundreds of thousands an upload holds
            statement.execute("analyze pref_checked");
        }
        List<RowError> errors = new ArrayList<>();
        long total = 0;
        try (PreparedStatement check = connection.prepareStatement(CHECK)) {
            check.setObject(1, roundId);
            check.setObject(2, uploaderSchool);
            check.setObject(3, organizerSchool);
            check.setInt(4, choiceCap);
            try (ResultSet rows = check.executeQuery()) {
                while (rows.next()) {
                    errors.add(new RowError(rows.getLong(1), rows.getString(2), RowReasons.detail(rows.getString(2))));
                    total = rows.getLong(3);
                }
            }
        }
        return new Check(errors, total);
    }

    /** Replaces the lists of every student the upload names; returns (students, preferences) written. */
    long[] apply(UUID roundId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(UPSERT_LISTS)) {
            insert.setObject(1, roundId);
            try (ResultSet written = insert.executeQuery()) {
                written.next();
                return new long[] {written.getLong(1), written.getLong(2)};
            }
        }
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the transaction is rolled back anyway
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("copy into the upload table failed", e));
        }
    }

    /** What the checks found: the first errors and how many rows broke a rule in all. */
    record Check(List<RowError> errors, long total) {}
}
