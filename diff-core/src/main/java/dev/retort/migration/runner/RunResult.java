package dev.retort.migration.runner;

import java.util.List;

/** What an upgrade or downgrade did: the migrations it ran, in order, and the hazards of their steps. */
public record RunResult(Direction direction, List<PathStep> migrations, List<AssessedStep> assessed) {

    public RunResult {
        migrations = List.copyOf(migrations);
        assessed = List.copyOf(assessed);
    }

    /** The revisions run, in order. */
    public List<String> revisions() {
        return migrations.stream().map(PathStep::revision).toList();
    }
}
