import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What a round's placement rows cost written as rewritten JDBC batches (the way Hibernate's insertMultiple and the
 * platform's batches wrote them) and as one COPY per group (docs/benchmarks.md, "Twelfth pass"): 200,000 rows of
 * placement's shape into an empty table with placement's indexes, in groups of 2,000 rows per transaction, as a
 * run's group writes them, time-ordered ids. Prints per way the wall time, this JVM's CPU and the server
 * backend's CPU (read from /proc, so run it on the database's machine, as root or as postgres).
 * usage: java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar \
 *            bench/matching/CopyOrInsert.java insert copy insert copy
 */
public class CopyOrInsert {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true";
    private static final int ROWS = 200_000;
    private static final int GROUP = 2_000;
    private static final int BATCH = 500;
    private static final String COLUMNS = "id, application_id, offer_id, business_id, applicant_kind, student_id,"
            + " school_id, course_sourced_id, status, end_reason, ended_by, ended_at, created_at, version,"
            + " updated_at, starts_on, round_id";
    private static final String TABLE = "create table copy_bench (id uuid primary key, application_id uuid not null"
            + " unique, offer_id uuid not null, business_id uuid not null, applicant_kind varchar(8) not null,"
            + " student_id uuid, school_id uuid not null, course_sourced_id varchar(255), status varchar(16) not null,"
            + " end_reason varchar(1000), ended_by varchar(8), ended_at timestamptz, created_at timestamptz not null,"
            + " version bigint not null, updated_at timestamptz not null, starts_on date, round_id uuid)";
    private static final String[] INDEXES = {
        "create index on copy_bench (business_id, created_at desc, id desc)",
        "create index on copy_bench (school_id, created_at desc, id desc)",
        "create index on copy_bench (student_id, created_at desc, id desc)",
        "create index on copy_bench (offer_id)",
    };

    public static void main(String[] ways) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            int backend = backendPid(c);
            for (String way : ways) {
                reset(c);
                long cpu = threadCpu();
                long server = serverCpuTicks(backend);
                long start = System.nanoTime();
                c.setAutoCommit(false);
                Row[] rows = new Row[GROUP];
                for (int done = 0; done < ROWS; done += GROUP) {
                    for (int i = 0; i < GROUP; i++) {
                        rows[i] = Row.next();
                    }
                    if (way.equals("copy")) {
                        copy(c, rows);
                    } else {
                        insert(c, rows);
                    }
                    c.commit();
                }
                c.setAutoCommit(true);
                System.out.printf("%-7s %6.2f s wall, client %5.2f s CPU, server %5.2f s CPU%n", way,
                        (System.nanoTime() - start) / 1e9, (threadCpu() - cpu) / 1e9,
                        (serverCpuTicks(backend) - server) / 100.0);
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop table copy_bench");
            }
        }
    }

    private record Row(UUID id, UUID application, UUID offer, UUID business, UUID student, UUID school, UUID round,
            Instant now) {
        private static long sequence;

        static Row next() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return new Row(ordered(), ordered(), new UUID(7, r.nextInt(4000)), new UUID(8, r.nextInt(4000)),
                    UUID.randomUUID(), new UUID(9, r.nextInt(300)), new UUID(1, 1), Instant.now());
        }

        private static UUID ordered() {
            return new UUID((System.currentTimeMillis() << 16) | (sequence++ & 0xfff) | 0x7000,
                    ThreadLocalRandom.current().nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
        }
    }

    private static void insert(Connection c, Row[] rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into copy_bench (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.length; i++) {
                Row row = rows[i];
                Timestamp now = Timestamp.from(row.now());
                insert.setObject(1, row.id());
                insert.setObject(2, row.application());
                insert.setObject(3, row.offer());
                insert.setObject(4, row.business());
                insert.setString(5, "STUDENT");
                insert.setObject(6, row.student());
                insert.setObject(7, row.school());
                insert.setString(8, null);
                insert.setString(9, "PROPOSED");
                insert.setString(10, null);
                insert.setString(11, null);
                insert.setTimestamp(12, null);
                insert.setTimestamp(13, now);
                insert.setLong(14, 0);
                insert.setTimestamp(15, now);
                insert.setObject(16, null, java.sql.Types.DATE);
                insert.setObject(17, row.round());
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void copy(Connection c, Row[] rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.length * 300);
        for (Row row : rows) {
            String now = row.now().toString();
            text.append(row.id()).append('\t').append(row.application()).append('\t').append(row.offer())
                    .append('\t').append(row.business()).append("\tSTUDENT\t").append(row.student()).append('\t')
                    .append(row.school()).append("\t\\N\tPROPOSED\t\\N\t\\N\t\\N\t").append(now).append("\t0\t")
                    .append(now).append("\t\\N\t").append(row.round()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_bench (" + COLUMNS + ") from stdin");
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }

    private static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists copy_bench");
            s.execute(TABLE);
            for (String index : INDEXES) {
                s.execute(index);
            }
            s.execute("checkpoint");
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static long serverCpuTicks(int pid) throws IOException {
        String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
