package dev.retort.diff;

import dev.retort.model.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Standalone sequence changes: created, dropped, options altered, owner changed, or renamed when a dropped and
 * an added sequence have the same options and owner (as after a table rename renames a serial column's
 * sequence).
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
            if (!pair.current().ownedBy().equals(pair.target().ownedBy())) {
                out.accept(new Change.SetSequenceOwner(pair.target().name(), pair.current().ownedBy(),
                        pair.target().ownedBy()));
            }
        }
        for (Matching.Pair<Sequence> pair : matching.renamed) {
            out.accept(new Change.RenameSequence(pair.current().name(), pair.target().name().name()));
        }
        for (Sequence dropped : matching.dropped) {
            dropped.ownedBy().ifPresent(owner -> out.accept(
                    new Change.SetSequenceOwner(dropped.name(), Optional.of(owner), Optional.empty())));
            out.accept(new Change.DropSequence(unowned(dropped)));
        }
        for (Sequence added : matching.added) {
            out.accept(new Change.CreateSequence(unowned(added)));
            added.ownedBy().ifPresent(owner -> out.accept(
                    new Change.SetSequenceOwner(added.name(), Optional.empty(), Optional.of(owner))));
        }
    }

    /**
     * The sequence without its owner: ownership is a change of its own (see {@link Change.SetSequenceOwner}), so
     * that creating the sequence never needs its owning column to exist yet.
     */
    private static Sequence unowned(Sequence sequence) {
        return new Sequence(sequence.name(), sequence.options(), Optional.empty());
    }
}
