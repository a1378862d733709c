package dev.retort.testing.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A running PostgreSQL server that tests can create databases on. */
public interface PostgresServer extends AutoCloseable {

    /** A short description for test names and logs, without any password. */
    String description();

    /** JDBC URL of the given database on this server. */
    String jdbcUrl(String database);

    String user();

    String password();

    /** The database tests connect to in order to create and drop their own databases. */
    String maintenanceDatabase();

    /** Opens a connection to the given database on this server. */
    default Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        if (!password().isEmpty()) {
            props.setProperty("password", password());
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    @Override
    void close();
}
