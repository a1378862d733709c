package dev.retort.introspect;

import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the size estimate of every managed table ({@code pg_class.reltuples} and {@code relpages}) in one query,
 * for the planner's hazard context. A table never vacuumed or analyzed has no estimate and is
 * {@link TableStats#UNKNOWN}; an analyzed empty table is {@link TableStats#empty()}.
 */
public final class TableStatsReader {

    private TableStatsReader() {
    }

    /** The estimates of the tables in the given schemas (the same tables the introspector reads). */
    public static Map<QualifiedName, TableStats> read(Connection connection, Collection<String> schemas)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Map<QualifiedName, TableStats> stats = new HashMap<>();
        new CatalogReader(connection, List.copyOf(schemas)).forEachRow(CatalogQuery.TABLE_STATS, row -> {
            double tuples = row.getDouble("reltuples");
            // Why below zero: PostgreSQL 14+ stores -1 until the first VACUUM or ANALYZE, meaning "unknown".
            TableStats estimate = tuples < 0 ? TableStats.UNKNOWN
                    : new TableStats(Math.round(tuples), row.getLong("relpages"));
            stats.put(QualifiedName.of(row.getString("nspname"), row.getString("relname")), estimate);
        });
        return Map.copyOf(stats);
    }
}
