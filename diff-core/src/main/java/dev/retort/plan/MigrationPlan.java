package dev.retort.plan;

import java.util.List;

/** The ordered steps that turn the current schema into the target, with hazards and SQL. */
public record MigrationPlan(List<PlannedChange> steps) {

    public MigrationPlan {
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Every statement of the plan, in order. */
    public List<String> sql() {
        return steps.stream().flatMap(s -> s.sql().stream()).toList();
    }
}
