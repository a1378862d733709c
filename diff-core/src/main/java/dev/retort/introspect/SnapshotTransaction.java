package dev.retort.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs catalog reads in one read-only REPEATABLE READ transaction with an empty {@code search_path}, then rolls it
 * back and gives the connection its autocommit mode back.
 */
final class SnapshotTransaction {

    /**
     * Why REPEATABLE READ: every query then sees the same snapshot, so a concurrent migration cannot make the
     * tables of one query disagree with the columns of the next. Why an empty search_path: format_type,
     * pg_get_expr and pg_get_indexdef then qualify every user-defined name, whatever the caller's settings.
     */
    static final String EMPTY_SEARCH_PATH = "SET LOCAL search_path = ''";
    private static final String BEGIN = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
            + EMPTY_SEARCH_PATH;

    /** Work done inside the transaction. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private SnapshotTransaction() {
    }

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            requireNoOpenTransaction(connection);
        }
        connection.setAutoCommit(false);
        T result;
        try (Statement statement = connection.createStatement()) {
            statement.execute(BEGIN);
            result = work.run();
        } catch (Throwable failure) {
            try {
                restore(connection, autoCommit);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        restore(connection, autoCommit);
        return result;
    }

    private static void restore(Connection connection, boolean autoCommit) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
    }

    /**
     * Why: SET TRANSACTION must be the first statement of a transaction, and the final rollback would discard the
     * caller's uncommitted work, so a transaction the caller left open is refused rather than joined.
     */
    private static void requireNoOpenTransaction(Connection connection) throws SQLException {
        if (connection.isWrapperFor(BaseConnection.class)
                && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
            throw new IllegalStateException("catalog introspection needs a connection that is not inside a "
                    + "transaction; commit or roll back first");
        }
    }
}
