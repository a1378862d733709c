package dev.retort.plan;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.ChangeOrder;
import dev.retort.diff.RenameCandidate;
import dev.retort.diff.SchemaDiff;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardRules;
import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import dev.retort.sql.ChangeSql;
import dev.retort.sql.UnsupportedChangeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the comparator's changes into a plan: safe shapes, a runnable order, hazards in context, and SQL. */
public final class Planner {

    private Planner() {
    }

    public static MigrationPlan plan(SchemaDiff diff, PlanContext context) {
        Set<QualifiedName> createdTables = new HashSet<>();
        diff.changes().stream().filter(Change.CreateTable.class::isInstance)
                .forEach(c -> createdTables.add(((Change.CreateTable) c).table().name()));
        List<Change> shaped = SafeShapes.apply(diff.changes(), createdTables);
        List<PlannedChange> steps = new ArrayList<>();
        for (Change change : ChangeOrder.sort(shaped)) {
            Optional<QualifiedName> table = ChangeFields.tableName(change);
            boolean created = table.map(createdTables::contains).orElse(false);
            Optional<String> candidate = diff.candidateOf(change).map(c -> otherHalf(c, change));
            HazardContext hazardContext = new HazardContext(created,
                    table.map(context::statsOf).orElse(TableStats.UNKNOWN),
                    context.serverMajorVersion(), candidate);
            List<String> sql = List.of();
            Optional<String> refusal = Optional.empty();
            try {
                sql = ChangeSql.statements(change);
            } catch (UnsupportedChangeException e) {
                refusal = Optional.of(e.getMessage());
            }
            steps.add(new PlannedChange(change, HazardRules.assess(change, hazardContext),
                    hazardContext.tableMayHaveRows(), sql, candidate, refusal));
        }
        return new MigrationPlan(steps);
    }

    private static String otherHalf(RenameCandidate candidate, Change change) {
        return candidate.drop().equals(change) ? candidate.addedName() : candidate.droppedName();
    }
}
