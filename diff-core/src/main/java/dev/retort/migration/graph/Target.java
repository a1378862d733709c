package dev.retort.migration.graph;

import java.util.List;
import java.util.Objects;

/**
 * A resolved target: the revisions the database should be at (or stop above), as named by {@code spec}. An
 * empty list is {@code base}, before every revision; several are {@code heads}.
 */
public record Target(String spec, List<String> revisions) {

    public Target {
        Objects.requireNonNull(spec, "spec");
        revisions = List.copyOf(revisions);
    }

    public boolean isBase() {
        return revisions.isEmpty();
    }
}
