package dev.retort.migration.runner;

import dev.retort.diff.ChangeFields;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardFinding;
import dev.retort.migration.Step;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The hazards of one step about to run, in the context of the live database (or of an offline range), and
 * whether its table may hold rows (which decides whether some hazards block).
 */
public record AssessedStep(RecordedMigration migration, Step step, List<HazardFinding> findings,
                           boolean tableMayHaveRows) {

    public AssessedStep {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(step, "step");
        findings = List.copyOf(findings);
    }

    /** The blocking findings that the step's source does not accept (and, unless all are accepted, refuse). */
    public List<HazardFinding> unaccepted(boolean acceptAll) {
        if (acceptAll) {
            return List.of();
        }
        return findings.stream().filter(f -> f.hazard().blocks(tableMayHaveRows))
                .filter(f -> !step.accepted().containsKey(f.hazard())).toList();
    }

    /** {@code op table.object}, e.g. {@code drop_column public.users.name}. */
    public String operation() {
        return step.change().map(change -> change.op() + " " + Stream.of(ChangeFields.table(change),
                        ChangeFields.object(change)).flatMap(java.util.Optional::stream)
                        .reduce((a, b) -> a + "." + b).orElse(""))
                .map(String::strip).orElse("jdbc " + step.description());
    }

    public List<Hazard> flags() {
        return findings.stream().map(HazardFinding::hazard).toList();
    }
}
