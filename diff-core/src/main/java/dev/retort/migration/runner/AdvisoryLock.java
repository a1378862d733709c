package dev.retort.migration.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A session-level PostgreSQL advisory lock held for one runner command: a second runner on the same history
 * waits in {@code pg_advisory_lock} until the first is done, then reads the history it left. Why session level:
 * a migration commits several transactions, and a transaction-level lock would be released at the first.
 */
final class AdvisoryLock implements AutoCloseable {

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static AdvisoryLock acquire(Connection connection, long key) throws SQLException {
        call(connection, "SELECT pg_advisory_lock(?)", key);
        return new AdvisoryLock(connection, key);
    }

    @Override
    public void close() throws SQLException {
        call(connection, "SELECT pg_advisory_unlock(?)", key);
    }

    private static void call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
            }
        }
    }
}
