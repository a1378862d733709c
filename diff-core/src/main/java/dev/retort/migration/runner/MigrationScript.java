package dev.retort.migration.runner;

import java.util.List;
import java.util.Objects;

/** Everything the runner executes for one migration on the path, segment by segment. */
public record MigrationScript(RecordedMigration migration, List<Segment> segments) {

    public MigrationScript {
        Objects.requireNonNull(migration, "migration");
        segments = List.copyOf(segments);
    }

    /** The number of steps the migration has in its direction. */
    public int totalSteps() {
        return migration.steps().size();
    }
}
