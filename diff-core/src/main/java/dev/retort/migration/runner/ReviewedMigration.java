package dev.retort.migration.runner;

import java.util.List;
import java.util.Objects;

/**
 * One migration as {@code review} shows it: its recorded upgrade, every step with its hazards assessed in
 * context, and the operations the reviewer must still write before it can run (empty when it is complete).
 */
public record ReviewedMigration(RecordedMigration migration, List<AssessedStep> steps, List<String> incomplete) {

    public ReviewedMigration {
        Objects.requireNonNull(migration, "migration");
        steps = List.copyOf(steps);
        incomplete = List.copyOf(incomplete);
    }

    /** The blocking findings no acceptance in the source covers, over all steps. */
    public long blockingUnaccepted() {
        return steps.stream().mapToLong(step -> step.unaccepted(false).size()).sum();
    }
}
