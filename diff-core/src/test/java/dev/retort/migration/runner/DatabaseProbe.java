package dev.retort.migration.runner;

import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.migration.history.HistoryReader;
import dev.retort.migration.history.HistoryTable;
import dev.retort.model.QualifiedName;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads what the tests check: the history rows, and the columns and free-standing indexes of schema public. */
final class DatabaseProbe {

    static final HistoryTable HISTORY = new HistoryTable(QualifiedName.of("public", "retort_history"));

    private DatabaseProbe() {
    }

    static History history(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return HistoryReader.read(connection, HISTORY);
        }
    }

    /** The revisions in the history (complete or not). */
    static Set<String> revisions(TestDatabase db) throws SQLException {
        return history(db).entries().stream().map(HistoryEntry::revision).collect(Collectors.toSet());
    }

    /** {@code table.column} for every column and {@code index NAME (valid|INVALID)} for every index. */
    static Set<String> objects(TestDatabase db) throws SQLException {
        Set<String> objects = new TreeSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT table_name, column_name FROM"
                    + " information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name <> 'retort_history'")) {
                while (rows.next()) {
                    objects.add(rows.getString(1) + "." + rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT c.relname, i.indisvalid FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND NOT i.indisprimary")) {
                while (rows.next()) {
                    objects.add("index " + rows.getString(1) + (rows.getBoolean(2) ? " valid" : " INVALID"));
                }
            }
        }
        return objects;
    }
}
