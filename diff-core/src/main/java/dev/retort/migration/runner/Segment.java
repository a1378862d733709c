package dev.retort.migration.runner;

import java.util.List;

/**
 * A part of a migration that commits on its own: a transaction (its steps, then its history write), or one
 * non-transactional step in autocommit followed by its progress write. {@code stepsDoneAfter} counts the
 * migration's steps done once the segment commits.
 */
public record Segment(boolean transactional, List<ScriptAction> actions, int stepsDoneAfter) {

    public Segment {
        actions = List.copyOf(actions);
    }
}
