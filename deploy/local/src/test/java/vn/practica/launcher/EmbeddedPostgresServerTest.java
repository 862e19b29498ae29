package vn.practica.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.practica.devkit.Databases;
import vn.practica.devkit.FreePorts;

class EmbeddedPostgresServerTest {
    private static final List<String> DATABASES =
            List.of("practica_catalog", "practica_placement", "practica_reporting");

    @TempDir
    Path state;

    @Test
    void startsOnAFreePortHoldsTheServicesDatabasesAndKeepsThemAcrossARestart() throws Exception {
        Path data = state.resolve("postgres");
        Path log = state.resolve("logs/postgres.log");
        int port = FreePorts.free();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port, log)) {
            System.out.printf(
                    "embedded PostgreSQL first start (initdb): %d ms%n",
                    server.startupTime().toMillis());
            Databases databases = server.databases();
            assertEquals(port, databases.port());
            for (String name : DATABASES) {
                databases.ensureExists(name);
            }
            assertEquals("ok", single(databases, "practica_catalog", "select 'ok'"));
        }

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, 0, log)) {
            System.out.printf(
                    "embedded PostgreSQL restart: %d ms%n", again.startupTime().toMillis());
            String names = single(
                    again.databases(),
                    "postgres",
                    "select string_agg(datname, ',' order by datname) from pg_database where datname like 'practica_%'");
            assertEquals(String.join(",", DATABASES), names);
        }
        assertTrue(Files.size(log) > 0, "the server's own output goes to its log file");
    }

    /** catalog-service's migrations need both: trigram indexes and Vietnamese alphabetical order (ICU). */
    @Test
    void offersWhatCatalogsMigrationsNeed() throws Exception {
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(state.resolve("postgres"), 0, state.resolve("postgres.log"))) {
            Databases databases = server.databases();
            databases.ensureExists("practica_catalog");
            single(databases, "practica_catalog", "create extension if not exists pg_trgm");
            String sorted = single(
                    databases,
                    "practica_catalog",
                    "select string_agg(w, ' ' order by w collate \"vi-x-icu\") from unnest(array['đ', 'd', 'ă', 'b', 'a']) w");
            assertEquals("a ă b d đ", sorted);
        }
    }

    private static String single(Databases databases, String database, String sql) throws SQLException {
        try (Connection c = databases.connect(database);
                Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
