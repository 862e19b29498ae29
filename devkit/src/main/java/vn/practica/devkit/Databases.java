package vn.practica.devkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Creates the services' PostgreSQL databases on a server, if they are missing. */
public final class Databases {
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public Databases(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Reads {@code PRACTICA_DB_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} with local defaults. */
    public static Databases fromEnvironment() {
        return new Databases(
                env("PRACTICA_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("PRACTICA_DB_PORT", "5432")),
                env("PRACTICA_DB_USER", "postgres"),
                env("PRACTICA_DB_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Creates {@code name} unless it exists; the names come from our own code, never from input. */
    public void ensureExists(String name) throws SQLException {
        requirePlainName(name);
        try (Connection c = connect("postgres");
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
            } catch (SQLException e) {
                // Another process may have created it between our check and our create.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** {@code name} dropped and created anew, as a data source: for tests that migrate a database themselves. */
    public DataSource emptyDatabase(String name) throws SQLException {
        dropIfExists(name);
        ensureExists(name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(name));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Drops {@code name} with its open connections; for test stacks that must start empty. */
    public void dropIfExists(String name) throws SQLException {
        requirePlainName(name);
        try (Connection c = connect("postgres");
                Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + name + " with (force)");
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private static void requirePlainName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
