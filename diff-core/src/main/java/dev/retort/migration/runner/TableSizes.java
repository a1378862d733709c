package dev.retort.migration.runner;

import dev.retort.diff.ChangeFields;
import dev.retort.hazard.TableStats;
import dev.retort.introspect.TableStatsReader;
import dev.retort.migration.Step;
import dev.retort.model.QualifiedName;
import dev.retort.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The size estimates of the tables that exist before a run, from {@code pg_class}; offline, none are known.
 */
record TableSizes(Map<QualifiedName, TableStats> existing) {

    TableSizes {
        existing = Map.copyOf(existing);
    }

    static TableSizes unknown() {
        return new TableSizes(Map.of());
    }

    /**
     * The estimates, with every table that has none probed for a first row. Why probe: a table never vacuumed or
     * analyzed (every table a recent migration created) has no estimate, and an empty one must not count as
     * possibly holding rows, or the gate would refuse hazards that only matter for data.
     */
    static TableSizes read(Connection connection, Collection<String> schemas) throws SQLException {
        Map<QualifiedName, TableStats> stats = new HashMap<>(TableStatsReader.read(connection, schemas));
        for (Map.Entry<QualifiedName, TableStats> entry : stats.entrySet()) {
            if (entry.getValue().equals(TableStats.UNKNOWN) && isEmpty(connection, entry.getKey())) {
                entry.setValue(TableStats.empty());
            }
        }
        return new TableSizes(stats);
    }

    private static boolean isEmpty(Connection connection, QualifiedName table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1 FROM " + SqlIdentifiers.quote(table) + " LIMIT 1")) {
            return !row.next();
        }
    }

    /** The estimate for the step's table; unknown for a step on no table. */
    TableStats stats(Step step, Set<QualifiedName> createdEarlierInRun) {
        return step.change().flatMap(ChangeFields::tableName)
                .map(table -> of(table, createdEarlierInRun.contains(table))).orElse(TableStats.UNKNOWN);
    }

    /**
     * Why a table created earlier in this run counts as empty when the database does not have it yet: until
     * this run creates it, only this run's own steps can have put rows in it.
     */
    private TableStats of(QualifiedName table, boolean createdEarlierInRun) {
        TableStats stats = existing.get(table);
        if (stats != null) {
            return stats;
        }
        return createdEarlierInRun ? TableStats.empty() : TableStats.UNKNOWN;
    }
}
