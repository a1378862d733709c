package dev.retort.migration.runner;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardFinding;
import dev.retort.hazard.HazardRules;
import dev.retort.hazard.PlanFacts;
import dev.retort.hazard.TableStats;
import dev.retort.migration.Step;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Computes every step's hazards in context before anything runs, and refuses a run whose blocking hazards are
 * not accepted (CONTRACT.md section 6): a table created earlier in the same migration carries no lock, rewrite
 * or data hazards, and the size of existing tables comes from the live database.
 */
final class HazardGate {

    private HazardGate() {
    }

    static List<AssessedStep> assess(List<RecordedMigration> migrations, TableSizes sizes, int serverMajorVersion) {
        List<AssessedStep> assessed = new ArrayList<>();
        Set<QualifiedName> createdInRun = new HashSet<>();
        for (RecordedMigration migration : migrations) {
            Set<QualifiedName> createdInMigration = new HashSet<>();
            // Why the steps an earlier, failed run already did are walked too: a table they created still
            // counts as created by this migration when the run continues.
            List<Step> steps = migration.steps();
            PlanFacts migrationFacts = PlanFacts.of(steps.stream().flatMap(step -> step.change().stream()).toList());
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (i >= migration.path().stepsDone()) {
                    PlanFacts facts = new PlanFacts(createdInMigration, migrationFacts.indexedColumns());
                    assessed.add(assess(migration, step, sizes.stats(step, createdInRun), facts,
                            serverMajorVersion));
                    created(step).ifPresent(createdInRun::add);
                }
                created(step).ifPresent(createdInMigration::add);
            }
        }
        return assessed;
    }

    private static AssessedStep assess(RecordedMigration migration, Step step, TableStats stats, PlanFacts facts,
                                       int serverMajorVersion) {
        if (step.change().isEmpty()) {
            return new AssessedStep(migration, step, List.of(), true);
        }
        Change change = step.change().get();
        boolean created = ChangeFields.tableName(change).map(facts.createdTables()::contains).orElse(false);
        HazardContext context = new HazardContext(created, stats, serverMajorVersion, Optional.empty(), facts);
        return new AssessedStep(migration, step, HazardRules.assess(change, context), context.tableMayHaveRows());
    }

    private static Optional<QualifiedName> created(Step step) {
        return step.change().filter(Change.CreateTable.class::isInstance)
                .map(change -> ((Change.CreateTable) change).table().name());
    }

    /** Refuses when any blocking hazard is not accepted by its step or by the accept-all setting. */
    static void enforce(List<AssessedStep> assessed, boolean acceptAll) {
        List<HazardRefusal> refusals = new ArrayList<>();
        for (AssessedStep step : assessed) {
            for (HazardFinding finding : step.unaccepted(acceptAll)) {
                RecordedMigration migration = step.migration();
                refusals.add(new HazardRefusal(migration.path().source().location(), migration.path().revision(),
                        step.operation(), finding.hazard(), finding.explanation(), step.step().callSite()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new HazardRefusedException(refusals);
        }
    }
}
