package dev.retort.scenarios;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the reviewer writes into a plan before it runs: backfill values and recipes in place of refused SQL. */
final class PlanStatements {

    private PlanStatements() {
    }

    /**
     * The plan with a value in each backfill still waiting for one, from the scenario's backfill directives
     * (keys {@code [schema.]table.column}, the schema defaulting to the first managed one). Records each key used.
     */
    static MigrationPlan fillBackfills(MigrationPlan plan, Scenario scenario, Set<String> used) {
        MigrationPlan filled = plan;
        for (Map.Entry<String, String> backfill : scenario.backfills().entrySet()) {
            String[] parts = backfill.getKey().split("\\.");
            QualifiedName table = parts.length == 3 ? QualifiedName.of(parts[0], parts[1])
                    : QualifiedName.of(scenario.schemas().get(0), parts[0]);
            String column = parts[parts.length - 1];
            if (waitsForValue(filled, table, column)) {
                filled = filled.withBackfill(table, column, backfill.getValue());
                used.add(backfill.getKey());
            }
        }
        return filled;
    }

    private static boolean waitsForValue(MigrationPlan plan, QualifiedName table, String column) {
        return plan.steps().stream().anyMatch(s -> s.change() instanceof Change.Backfill b
                && b.table().equals(table) && b.column().equals(column) && b.value().isEmpty());
    }

    /**
     * Every statement of the plan in order, a recipe replacing the SQL of the step it names.
     *
     * @throws IllegalStateException for a step that refuses to run and has no recipe
     */
    static List<String> of(MigrationPlan plan, Map<String, String> recipes) {
        List<String> statements = new ArrayList<>();
        for (PlannedChange step : plan.steps()) {
            String recipe = recipes.get(PlanLines.selector(step));
            if (recipe != null) {
                statements.add(recipe);
            } else if (step.refusal().isPresent()) {
                throw new IllegalStateException("step " + PlanLines.line(step) + " refuses to run: "
                        + step.refusal().get());
            } else {
                statements.addAll(step.sql());
            }
        }
        return statements;
    }
}
