package dev.retort.migration.runner;

import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import java.util.List;

/**
 * Where a database is, for {@code current} and {@code history}: its history rows, its current heads (of the
 * revisions in its history that migrations declare), the revisions whose source changed since they were
 * applied, those no migration declares, and those stopped part way.
 */
public record DatabaseStatus(History history, List<String> currentHeads, List<String> edited, List<String> unknown) {

    public DatabaseStatus {
        currentHeads = List.copyOf(currentHeads);
        edited = List.copyOf(edited);
        unknown = List.copyOf(unknown);
    }

    public List<HistoryEntry> partial() {
        return history.partial();
    }

    /** Whether the database is at base: no revision applied, none partly. */
    public boolean atBase() {
        return history.entries().isEmpty();
    }
}
