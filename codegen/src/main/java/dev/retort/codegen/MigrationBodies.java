package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.Change;
import dev.retort.diff.ChangeText;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The bodies of {@code upgrade} (one statement per planned step, commented where hazardous) and
 * {@code downgrade} (the downgrade plan: the reverses in reverse order, in their safe shapes). An operation
 * without a structural reverse leaves a comment where its reverse belongs and makes the downgrade end by
 * throwing, so that it refuses before anything runs.
 */
final class MigrationBodies {

    private final ModelCode model;
    private final OperationCalls calls;

    MigrationBodies(ModelCode model) {
        this.model = model;
        this.calls = new OperationCalls(model);
    }

    /** The upgrade body, in one part or (for a large plan) in several, each small enough for one method. */
    List<CodeBlock> upgrade(MigrationPlan plan) {
        Statements statements = new Statements();
        for (PlannedChange step : plan.steps()) {
            statements.add(StepComments.upgrade(step, model), calls.call(step.change()));
        }
        return statements.build();
    }

    /**
     * The downgrade body, in parts like {@link #upgrade}.
     *
     * @param downgrade the plan's reverse, {@link dev.retort.plan.Planner#reverse}
     */
    List<CodeBlock> downgrade(MigrationPlan plan, MigrationPlan downgrade, String className) {
        List<PlannedChange> undone = new ArrayList<>(plan.steps());
        Collections.reverse(undone);
        List<List<PlannedChange>> groups = DowngradeSteps.group(undone, downgrade.steps());
        Statements statements = new Statements();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < undone.size(); i++) {
            PlannedChange upgradeStep = undone.get(i);
            if (hasNoReverse(upgradeStep.change())) {
                statements.comment(StepComments.noReverse(upgradeStep.change()));
                missing.add(ChangeText.describe(upgradeStep.change()));
                continue;
            }
            List<PlannedChange> group = groups.get(i);
            for (int s = 0; s < group.size(); s++) {
                statements.add(StepComments.downgrade(group.get(s), s == 0 ? Optional.of(upgradeStep)
                        : Optional.empty(), model), calls.call(group.get(s).change()));
            }
        }
        if (!missing.isEmpty()) {
            statements.add(List.of(), CodeBlock.of("throw new $T($W$S)", IrreversibleMigrationException.class,
                    className + " cannot be downgraded: no reverse for " + String.join("; ", missing)));
        }
        return statements.build();
    }

    /** Raw SQL written without the SQL that undoes it: its reverse would silently do nothing. */
    static boolean hasNoReverse(Change change) {
        return change instanceof Change.Execute execute && execute.sql().isPresent()
                && execute.reverseSql().isEmpty();
    }

    /**
     * Statements with their comments, in parts of at most {@link #PART_CHARACTERS} characters of source; a blank
     * line sets a commented statement apart from its neighbours.
     */
    private static final class Statements {

        /**
         * Why parts: a Java method holds at most 64 KiB of bytecode, which the body of a large plan (an initial
         * migration of a few hundred tables) exceeds. Generated statements compile to fewer bytes than their
         * source has characters (a call is 3 bytes, a string literal 3), so a part this long always fits.
         */
        static final int PART_CHARACTERS = 24_000;

        private final List<CodeBlock> parts = new ArrayList<>();
        private CodeBlock.Builder code = CodeBlock.builder();
        private int characters;
        private boolean first = true;
        private boolean previousCommented;

        void add(List<String> comments, CodeBlock statement) {
            int length = statement.toString().length();
            if (characters > 0 && characters + length > PART_CHARACTERS) {
                parts.add(code.build());
                code = CodeBlock.builder();
                characters = 0;
                first = true;
                previousCommented = false;
            }
            comment(comments);
            code.addStatement("$L", statement);
            characters += length;
        }

        void comment(List<String> comments) {
            boolean commented = !comments.isEmpty();
            if (!first && (commented || previousCommented)) {
                code.add("\n");
            }
            comments.forEach(line -> code.add("// $L\n", line));
            first = false;
            previousCommented = commented;
        }

        /** The parts in order; one (possibly empty) part for a short body. */
        List<CodeBlock> build() {
            List<CodeBlock> all = new ArrayList<>(parts);
            all.add(code.build());
            return all;
        }
    }
}
