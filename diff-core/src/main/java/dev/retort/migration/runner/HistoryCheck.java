package dev.retort.migration.runner;

import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import java.util.List;
import java.util.Optional;

/** Compares the history table with the migrations: revisions nobody declares, and sources edited since. */
final class HistoryCheck {

    private HistoryCheck() {
    }

    /** Applied revisions that no migration declares, in the order they were applied. */
    static List<String> unknown(RevisionGraph graph, History history) {
        return history.entries().stream().map(HistoryEntry::revision).filter(id -> !graph.contains(id)).toList();
    }

    /**
     * Applied (or partly applied) revisions whose recorded checksum differs from their source's, in graph order.
     * Why a missing checksum on either side is no difference: migrations applied from compiled classes without
     * their sources record none, and there is then nothing to compare.
     */
    static List<String> edited(RevisionGraph graph, History history) {
        return graph.revisions().stream().filter(source -> isEdited(source, history.entry(source.id())))
                .map(MigrationSource::id).toList();
    }

    static void requireKnown(RevisionGraph graph, History history) {
        List<String> unknown = unknown(graph, history);
        if (!unknown.isEmpty()) {
            throw new MigrationStateException("the database has revision(s) " + String.join(", ", unknown)
                    + " applied, which no migration declares: restore their migration sources (or stamp the"
                    + " database to a known revision)");
        }
    }

    static void requireUnedited(RevisionGraph graph, History history) {
        List<String> edited = edited(graph, history);
        if (!edited.isEmpty()) {
            List<String> named = edited.stream().map(id -> graph.get(id).describe()).toList();
            throw new EditedMigrationException(edited, "migration(s) changed after they were applied: "
                    + String.join(", ", named) + ". Undo the change (write a new migration instead), or, if the"
                    + " database already matches the edited source, stamp it again");
        }
    }

    private static boolean isEdited(MigrationSource source, Optional<HistoryEntry> entry) {
        return entry.isPresent() && source.checksum().isPresent() && entry.get().checksum().isPresent()
                && !source.checksum().equals(entry.get().checksum());
    }
}
