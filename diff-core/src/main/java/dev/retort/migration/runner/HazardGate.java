package dev.retort.migration.runner;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardFinding;
import dev.retort.hazard.HazardRules;
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
            for (Step step : migration.remaining()) {
                if (step.change().isEmpty()) {
                    assessed.add(new AssessedStep(migration, step, List.of(), true));
                    continue;
                }
                Change change = step.change().get();
                Optional<QualifiedName> table = ChangeFields.tableName(change);
                boolean created = table.map(createdInMigration::contains).orElse(false);
                TableStats stats = table.map(t -> sizes.of(t, createdInRun.contains(t))).orElse(TableStats.UNKNOWN);
                HazardContext context = new HazardContext(created, stats, serverMajorVersion, Optional.empty());
                List<HazardFinding> findings = HazardRules.assess(change, context);
                assessed.add(new AssessedStep(migration, step, findings, context.tableMayHaveRows()));
                if (change instanceof Change.CreateTable c) {
                    createdInMigration.add(c.table().name());
                    createdInRun.add(c.table().name());
                }
            }
        }
        return assessed;
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
