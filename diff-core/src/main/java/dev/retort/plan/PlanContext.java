package dev.retort.plan;

import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import java.util.Map;

/**
 * What the planner knows about the database it plans for: the server's major version and, when planning
 * against a live database, each table's size estimate (a table missing from the map is of unknown size).
 */
public record PlanContext(int serverMajorVersion, Map<QualifiedName, TableStats> tableStats) {

    public PlanContext {
        tableStats = Map.copyOf(tableStats);
    }

    /** A context with no size information (a shadow database, or offline planning). */
    public static PlanContext withoutStatistics(int serverMajorVersion) {
        return new PlanContext(serverMajorVersion, Map.of());
    }

    public TableStats statsOf(QualifiedName table) {
        return tableStats.getOrDefault(table, TableStats.UNKNOWN);
    }
}
