package dev.retort.migration.runner;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Step;
import java.util.List;
import java.util.Objects;

/** A migration on the path with the steps its {@code upgrade} or {@code downgrade} body recorded. */
public record RecordedMigration(PathStep path, List<Step> steps) {

    public RecordedMigration {
        Objects.requireNonNull(path, "path");
        steps = List.copyOf(steps);
        if (path.stepsDone() > steps.size()) {
            throw new MigrationStateException(path.source().describe() + " is recorded with " + path.stepsDone()
                    + " step(s) done but its " + path.direction().verb() + " now has only " + steps.size());
        }
    }

    /**
     * Instantiates the migration and records the body for the path's direction; nothing touches the database.
     * A body that throws (an irreversible downgrade, say) refuses the whole command before anything runs.
     */
    static RecordedMigration record(PathStep path) {
        Operations operations = new Operations();
        try {
            Migration migration = path.source().instantiate();
            if (path.direction() == Direction.UPGRADE) {
                migration.upgrade(operations);
            } else {
                migration.downgrade(operations);
            }
        } catch (Exception e) {
            throw new MigrationStateException(path.source().describe() + ": its " + path.direction().verb()
                    + " refuses, nothing was run: " + e.getMessage(), e);
        }
        return new RecordedMigration(path, operations.steps());
    }

    /** The steps that still have to run (all of them unless an earlier run stopped part way). */
    public List<Step> remaining() {
        return steps.subList(path.stepsDone(), steps.size());
    }
}
