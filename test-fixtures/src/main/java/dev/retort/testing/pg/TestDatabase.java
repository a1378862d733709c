package dev.retort.testing.pg;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/** A fresh, empty database created for one test on a real PostgreSQL server, dropped when closed. */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final PostgresServer server;
    private final String name;
    private final int majorVersion;

    private TestDatabase(PostgresServer server, String name, int majorVersion) {
        this.server = server;
        this.name = name;
        this.majorVersion = majorVersion;
    }

    /** Creates a new empty database on the server. */
    public static TestDatabase create(PostgresServer server) {
        String name = "retort_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = server.connect(server.maintenanceDatabase());
             Statement statement = connection.createStatement()) {
            // Why template0: template1 of a shared (external) server may hold objects of its own.
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
            int major;
            try (ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
                rs.next();
                major = rs.getInt(1);
            }
            return new TestDatabase(server, name, major);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + server.description(), e);
        }
    }

    /** Another fresh database on the same server, for tests that compare two databases. */
    public TestDatabase createAnother() {
        return create(server);
    }

    public String name() {
        return name;
    }

    /** The server's major version, as the server itself reports it. */
    public int majorVersion() {
        return majorVersion;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs SQL text (one or several statements) in autocommit mode. */
    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + name + ": " + e.getMessage() + "\n" + sql, e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = server.connect(server.maintenanceDatabase());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    @Override
    public String toString() {
        return name + " (PostgreSQL " + majorVersion + ")";
    }
}
