package dev.retort.migration.runner;

import java.util.List;

/**
 * Applied migrations whose source changed after they were applied: {@code upgrade} refuses until the change is
 * undone or the revisions are stamped again (exit 2).
 */
public final class EditedMigrationException extends MigrationStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    public EditedMigrationException(List<String> revisions, String message) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** The edited revisions, in graph order. */
    public List<String> revisions() {
        return revisions;
    }
}
