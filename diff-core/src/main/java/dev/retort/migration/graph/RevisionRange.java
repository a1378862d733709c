package dev.retort.migration.graph;

import java.util.Objects;

/** A resolved {@code FROM:TO} range: the state the database is assumed to be at, and the target. */
public record RevisionRange(Target from, Target to) {

    public RevisionRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
