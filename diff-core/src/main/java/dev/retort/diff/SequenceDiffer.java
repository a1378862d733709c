package dev.retort.diff;

import dev.retort.model.Sequence;
import java.util.List;
import java.util.function.Consumer;

/**
 * Standalone sequence changes: created, dropped, options altered, or renamed when a dropped and an added
 * sequence have the same options and owner (as after a table rename renames a serial column's sequence).
 */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static void diff(List<Sequence> current, List<Sequence> target, Consumer<Change> out) {
        Matching<Sequence> matching = Matching.of(current, target, s -> s.name().toString(),
                s -> List.of(s.name().schema(), s.options(), s.ownedBy()));
        for (Matching.Pair<Sequence> pair : matching.sameName) {
            if (!pair.current().options().equals(pair.target().options())) {
                out.accept(new Change.AlterSequence(pair.target().name(), pair.current().options(),
                        pair.target().options()));
            }
        }
        for (Matching.Pair<Sequence> pair : matching.renamed) {
            out.accept(new Change.RenameSequence(pair.current().name(), pair.target().name().name()));
        }
        matching.dropped.forEach(s -> out.accept(new Change.DropSequence(s)));
        matching.added.forEach(s -> out.accept(new Change.CreateSequence(s)));
    }
}
