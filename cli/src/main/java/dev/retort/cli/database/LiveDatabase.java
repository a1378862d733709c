package dev.retort.cli.database;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.config.DatabaseUrl;
import dev.retort.cli.failure.DatabaseFailures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** An open connection to the configured target database, with its URL (for output) and major version. */
public final class LiveDatabase implements AutoCloseable {

    private final Connection connection;
    private final DatabaseUrl url;
    private final int majorVersion;

    private LiveDatabase(Connection connection, DatabaseUrl url, int majorVersion) {
        this.connection = connection;
        this.url = url;
        this.majorVersion = majorVersion;
    }

    /** Connects as configured; an unreachable server or a refused login is a database failure (exit 3). */
    public static LiveDatabase connect(DatabaseUrl url, Configuration configuration) {
        String user = configuration.user();
        Properties properties = new Properties();
        properties.setProperty("user", user);
        configuration.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "retort");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw DatabaseFailures.connectFailed(e, url.display(), user);
        }
        try {
            return new LiveDatabase(connection, url, majorVersion(connection));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw DatabaseFailures.connectFailed(e, url.display(), user);
        }
    }

    /** The server's major version, as the server reports it. */
    public static int majorVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public Connection connection() {
        return connection;
    }

    public DatabaseUrl url() {
        return url;
    }

    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a connection whose server went away fails; there is nothing left to release.
        }
    }
}
