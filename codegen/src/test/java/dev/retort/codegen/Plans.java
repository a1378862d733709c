package dev.retort.codegen;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardRules;
import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import dev.retort.plan.PlannedChange;
import dev.retort.sql.ChangeSql;
import dev.retort.sql.UnsupportedChangeException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans made of given changes in the given order, each with its hazards, SQL and refusal computed as the planner
 * does (PostgreSQL 16, tables of unknown size unless created in the plan), for golden files that need one change
 * of each kind rather than what the comparator would produce.
 */
final class Plans {

    static final PlanContext CONTEXT = PlanContext.withoutStatistics(16);

    private Plans() {
    }

    static MigrationPlan of(List<Change> changes) {
        return of(changes, Set.of());
    }

    static MigrationPlan of(List<Change> changes, Set<QualifiedName> createdTables) {
        return new MigrationPlan(changes.stream().map(c -> step(c, createdTables)).toList(), CONTEXT);
    }

    private static PlannedChange step(Change change, Set<QualifiedName> createdTables) {
        boolean created = ChangeFields.tableName(change).map(createdTables::contains).orElse(false);
        HazardContext context = new HazardContext(created, TableStats.UNKNOWN, CONTEXT.serverMajorVersion(),
                Optional.empty());
        List<String> sql = List.of();
        Optional<String> refusal = Optional.empty();
        try {
            sql = ChangeSql.statements(change);
        } catch (UnsupportedChangeException e) {
            refusal = Optional.of(e.getMessage());
        }
        return new PlannedChange(change, HazardRules.assess(change, context), context.tableMayHaveRows(), sql,
                Optional.empty(), refusal);
    }
}
