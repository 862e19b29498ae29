package vn.practica.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.practica.devkit.PracticaStack;

/**
 * Row counts of every table of a service's {@code public} schema (outbox and inbox included), read in one
 * query over a connection kept open, so the suite can compare them around every request. Rate-limit buckets
 * are left out: they count every request by design, refused or not, and hold no data of the service.
 */
final class TableCounts implements AutoCloseable {
    private static final String COUNTS_EVERY_REQUEST = "rate_limit_bucket";

    private final PracticaStack stack;
    private final Map<String, Connection> connections = new HashMap<>();
    private final Map<String, String> queries = new HashMap<>();

    TableCounts(PracticaStack stack) {
        this.stack = stack;
    }

    /** Table name to row count. */
    Map<String, Long> of(String service) {
        try (Statement s = connection(service).createStatement();
                ResultSet rs = s.executeQuery(query(service))) {
            Map<String, Long> counts = new TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + service, e);
        }
    }

    /** Rows waiting in a service's outbox; zero when it has none. */
    long unsentEvents(String service) {
        try (Statement s = connection(service).createStatement();
                ResultSet rs = s.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** {@code table: before → after} for each table whose count changed. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                changes.add(table + ": " + before.get(table) + " → " + after.get(table));
            }
        }
        return String.join(", ", changes);
    }

    private String query(String service) throws SQLException {
        String cached = queries.get(service);
        if (cached != null) {
            return cached;
        }
        List<String> counts = new ArrayList<>();
        try (Statement s = connection(service).createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (COUNTS_EVERY_REQUEST.equals(table)) {
                    continue;
                }
                counts.add("select '" + table + "', count(*) from public.\"" + table + "\"");
            }
        }
        String query = String.join(" union all ", counts);
        queries.put(service, query);
        return query;
    }

    private Connection connection(String service) throws SQLException {
        Connection c = connections.get(service);
        if (c == null || c.isClosed()) {
            c = stack.databases().connect(stack.databaseOf(service));
            c.setAutoCommit(true);
            connections.put(service, c);
        }
        return c;
    }

    @Override
    public void close() {
        connections.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException e) {
                // closing at the end of the suite; nothing to recover
            }
        });
    }
}
