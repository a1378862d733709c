package dev.retort.cli.output;

import dev.retort.hazard.HazardFinding;
import dev.retort.migration.CallSite;
import dev.retort.migration.runner.AssessedStep;
import dev.retort.migration.runner.ReviewedMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One hazard of one operation as {@code review} reports it: whether it blocks and whether the source accepts it. */
record ReviewedHazard(AssessedStep step, HazardFinding finding) {

    /** Every hazard of the migration's steps, in step order. */
    static List<ReviewedHazard> of(ReviewedMigration migration) {
        List<ReviewedHazard> hazards = new ArrayList<>();
        for (AssessedStep step : migration.steps()) {
            step.findings().forEach(finding -> hazards.add(new ReviewedHazard(step, finding)));
        }
        return hazards;
    }

    /** Whether it stops {@code upgrade} unless accepted, in the context the step was assessed in. */
    boolean blocking() {
        return finding.hazard().blocks(step.tableMayHaveRows());
    }

    /** The reviewer's reason, when the operation accepts this hazard in the migration's source. */
    Optional<String> reason() {
        return Optional.ofNullable(step.step().accepted().get(finding.hazard()));
    }

    /** The source line that records the operation. */
    Optional<Integer> line() {
        return step.step().callSite().map(CallSite::line);
    }
}
