package dev.retort.cli.command;

import dev.retort.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** What {@code baseline --reset} does to a development database before upgrading it to the new baseline. */
final class DevDatabase {

    private DevDatabase() {
    }

    /**
     * Drops the managed schemas with everything in them (the history table too) and recreates those that an empty
     * database has, in one transaction. Why whole schemas: only {@code DROP SCHEMA ... CASCADE} removes every
     * object, including views, functions and types outside the model, in dependency order. The recreated schemas
     * belong to the connected user with default privileges, which suits a disposable development database.
     */
    static void empty(Connection connection, List<String> managed, List<String> recreate) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String schema : managed) {
                statement.execute("DROP SCHEMA IF EXISTS " + SqlIdentifiers.quote(schema) + " CASCADE");
            }
            for (String schema : recreate) {
                statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(schema));
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
