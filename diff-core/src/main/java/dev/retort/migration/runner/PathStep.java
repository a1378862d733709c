package dev.retort.migration.runner;

import dev.retort.migration.graph.MigrationSource;
import java.util.Objects;

/**
 * One migration on the way to a target, in one direction; {@code stepsDone} steps of it already ran in an
 * earlier run that stopped part way (0 for a fresh start).
 */
public record PathStep(MigrationSource source, Direction direction, int stepsDone) {

    public PathStep {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        if (stepsDone < 0) {
            throw new IllegalArgumentException("stepsDone must not be negative");
        }
    }

    public String revision() {
        return source.id();
    }
}
