package dev.retort.plan;

import dev.retort.diff.Change;
import dev.retort.hazard.PlanFacts;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered steps that turn the current schema into the target, with hazards and SQL, and the context they
 * were planned in (so that a step filled in later is assessed the same way).
 */
public record MigrationPlan(List<PlannedChange> steps, PlanContext context) {

    public MigrationPlan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(context, "context");
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Every statement of the plan, in order. */
    public List<String> sql() {
        return steps.stream().flatMap(s -> s.sql().stream()).toList();
    }

    /**
     * This plan with the reviewer's value in the backfill of {@code table.column}: the step gets its SQL, and
     * loses the hazard that asked for the value.
     *
     * @param valueSql the SQL expression that existing rows get in the column
     * @throws IllegalArgumentException when the plan has no backfill of that column
     */
    public MigrationPlan withBackfill(QualifiedName table, String column, String valueSql) {
        Objects.requireNonNull(valueSql, "valueSql");
        PlanFacts facts = PlanFacts.of(steps.stream().map(PlannedChange::change).toList());
        List<PlannedChange> filled = new ArrayList<>(steps.size());
        boolean found = false;
        for (PlannedChange step : steps) {
            if (step.change() instanceof Change.Backfill backfill && backfill.table().equals(table)
                    && backfill.column().equals(column)) {
                Change valued = new Change.Backfill(table, column, Optional.of(valueSql));
                filled.add(Planner.step(valued, facts, context, step.renameCandidate()));
                found = true;
            } else {
                filled.add(step);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("the plan has no backfill of " + table + "." + column);
        }
        return new MigrationPlan(filled, context);
    }
}
