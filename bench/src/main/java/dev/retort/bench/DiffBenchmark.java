package dev.retort.bench;

import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import dev.retort.plan.Planner;

/**
 * Times the comparator on two in-memory models of 1,000 tables that differ in 50 places, on a warm JVM: the
 * comparison alone, and comparison plus planning (order, hazards, SQL).
 *
 * <p>Arguments: {@code [tables] [differences] [runs]}, default {@code 1000 50 30}.
 */
public final class DiffBenchmark {

    private DiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int differences = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        SchemaModel current = GeneratedModel.of(tables);
        SchemaModel target = GeneratedModel.changed(current, differences);
        SchemaDiff[] diff = new SchemaDiff[1];
        Timings compare = Timings.measure(() -> diff[0] = SchemaDiffer.diff(current, target, RenameHints.none()),
                20, runs);
        MigrationPlan[] plan = new MigrationPlan[1];
        Timings planned = Timings.measure(() -> plan[0] = Planner.plan(
                SchemaDiffer.diff(current, target, RenameHints.none()), PlanContext.withoutStatistics(17)), 20, runs);
        System.out.printf("%d tables, %d places changed: %d changes, %d plan steps%n", tables, differences,
                diff[0].changes().size(), plan[0].steps().size());
        System.out.println("diff: " + compare.summary());
        System.out.println("diff + plan: " + planned.summary());
    }
}
