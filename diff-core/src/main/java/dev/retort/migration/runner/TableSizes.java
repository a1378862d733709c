package dev.retort.migration.runner;

import dev.retort.diff.ChangeFields;
import dev.retort.hazard.TableStats;
import dev.retort.introspect.TableStatsReader;
import dev.retort.migration.Step;
import dev.retort.model.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
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

    static TableSizes read(Connection connection, Collection<String> schemas) throws SQLException {
        return new TableSizes(TableStatsReader.read(connection, schemas));
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
