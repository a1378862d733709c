package dev.retort.migration.runner;

import java.util.List;

/** Hears what the runner does, for progress output; every method does nothing unless overridden. */
public interface RunnerListener {

    /** A listener that ignores everything. */
    RunnerListener NONE = new RunnerListener() {
    };

    /**
     * The hazards of every step about to run, once the gate has let them pass (for a downgrade, which is not
     * gated, so that they can be shown before it runs).
     */
    default void assessed(Direction direction, List<AssessedStep> steps) {
    }

    default void migrationStarted(PathStep migration) {
    }

    default void migrationCompleted(PathStep migration) {
    }
}
