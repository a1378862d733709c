package dev.retort.cli.output;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.ChangeText;
import dev.retort.hazard.Hazard;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The human review of a plan: a table of operation, object and hazards (blocking hazards marked {@code *} and
 * in red, others in yellow), optionally followed by each step's SQL.
 */
public final class PlanReview {

    private final Style style;

    public PlanReview(Style style) {
        this.style = style;
    }

    /** The review table, with the legend when any hazard blocks. */
    public String table(MigrationPlan plan) {
        TextTable table = new TextTable().add(style.bold("#"), style.bold("OPERATION"), style.bold("OBJECT"),
                style.bold("HAZARDS"));
        int number = 1;
        boolean blocking = false;
        for (PlannedChange step : plan.steps()) {
            table.add(String.valueOf(number++), step.change().op(), object(step.change()), hazards(step));
            step.renameCandidate().ifPresent(c -> table.note(2, style.dim("rename candidate: " + c)));
            blocking |= !step.blockingFlags().isEmpty();
        }
        String legend = blocking ? "\n  " + style.red("*") + " blocking: the migration runs only where it accepts "
                + "this hazard, or with upgrade --accept-hazards\n" : "";
        return table.render() + legend;
    }

    /** Each step's one-line description and its SQL statements, or what the reviewer must write instead. */
    public String sql(MigrationPlan plan) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (PlannedChange step : plan.steps()) {
            out.append("  ").append(style.dim("-- " + number++ + ". " + ChangeText.describe(step.change())))
                    .append('\n');
            step.refusal().ifPresent(r -> out.append("  ").append(style.red("-- needs your input: " + r))
                    .append('\n'));
            step.sql().forEach(statement -> out.append("  ").append(statement.replace("\n", "\n  "))
                    .append(";\n"));
        }
        return out.toString();
    }

    /** Where the change is: {@code schema.table[.object]}, or the schema, type or sequence. */
    static String object(Change change) {
        String where = ChangeFields.table(change)
                .map(table -> table + ChangeFields.object(change).map(o -> "." + o).orElse(""))
                .orElseGet(() -> ChangeFields.object(change).orElse(""));
        String renamed = ChangeFields.newName(change).map(n -> " -> " + n).orElse("");
        String value = ChangeFields.value(change).map(v -> " value '" + v + "'").orElse("");
        return where + renamed + value;
    }

    private String hazards(PlannedChange step) {
        List<Hazard> blocking = step.blockingFlags();
        List<String> shown = new ArrayList<>();
        for (Hazard hazard : step.flags()) {
            shown.add(blocking.contains(hazard) ? style.red(hazard.name() + "*") : style.yellow(hazard.name()));
        }
        return String.join(", ", shown);
    }
}
