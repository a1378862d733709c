package dev.retort.scenarios;

import dev.retort.diff.ChangeFields;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.List;

/** A plan as the lines of an {@code expected.txt}: {@code op table-or-dash object-or-dash [HAZARD, ...]}. */
final class PlanLines {

    private PlanLines() {
    }

    static List<String> of(MigrationPlan plan) {
        return plan.steps().stream().map(PlanLines::line).toList();
    }

    static String line(PlannedChange step) {
        return selector(step) + " " + step.flags();
    }

    /** The line without its hazards: what a directive names a step by. */
    static String selector(PlannedChange step) {
        return step.change().op() + " " + ChangeFields.table(step.change()).orElse("-") + " "
                + ChangeFields.object(step.change()).orElse("-");
    }

    /** The index of the step a selector names: a 1-based step number, or the first step with that selector. */
    static int find(MigrationPlan plan, String selector) {
        if (selector.matches("\\d+")) {
            return Integer.parseInt(selector) - 1;
        }
        List<PlannedChange> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (selector(steps.get(i)).equals(selector)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no step " + selector + " in the plan " + of(plan));
    }
}
