package dev.retort.migration.history;

import static dev.retort.sql.SqlIdentifiers.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a database's history table (queries only: it never creates or changes anything). */
public final class HistoryReader {

    private HistoryReader() {
    }

    /** The history, or {@link History#none()} where the table does not exist yet. */
    public static History read(Connection connection, HistoryTable table) throws SQLException {
        if (!exists(connection, table)) {
            return History.none();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(table.selectStatement())) {
            while (rows.next()) {
                entries.add(new HistoryEntry(rows.getString("revision"),
                        Optional.ofNullable(rows.getString("checksum")),
                        rows.getObject("applied_at", OffsetDateTime.class), rows.getString("applied_by"),
                        HistoryEntry.State.ofSqlName(rows.getString("state")), rows.getInt("steps_done")));
            }
        }
        return new History(true, entries);
    }

    /** Why to_regclass: it answers NULL for a missing table (or schema) instead of failing the transaction. */
    private static boolean exists(Connection connection, HistoryTable table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, quote(table.name()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
