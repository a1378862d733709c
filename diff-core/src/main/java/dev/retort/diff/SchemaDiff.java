package dev.retort.diff;

import java.util.List;
import java.util.Optional;

/** What the comparator found: the changes that turn the current schema into the target, and rename candidates. */
public record SchemaDiff(List<Change> changes, List<RenameCandidate> renameCandidates) {

    public SchemaDiff {
        changes = List.copyOf(changes);
        renameCandidates = List.copyOf(renameCandidates);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The candidate a change belongs to, if it is half of one. */
    public Optional<RenameCandidate> candidateOf(Change change) {
        return renameCandidates.stream().filter(c -> c.drop().equals(change) || c.add().equals(change)).findFirst();
    }
}
