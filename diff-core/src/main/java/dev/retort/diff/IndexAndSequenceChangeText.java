package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The review line of index and standalone-sequence changes. */
final class IndexAndSequenceChangeText {

    private IndexAndSequenceChangeText() {
    }

    static Optional<String> describe(Change change) {
        if (change instanceof Change.CreateIndex c) {
            return Optional.of("create " + (c.index().unique() ? "unique " : "") + "index " + c.index().name()
                    + concurrently(c.concurrently()) + " on " + c.table() + " " + keys(c.index()));
        }
        if (change instanceof Change.DropIndex c) {
            return Optional.of("drop index " + c.table().schema() + "." + c.index().name()
                    + concurrently(c.concurrently()));
        }
        if (change instanceof Change.RenameIndex c) {
            return Optional.of("rename index " + c.table().schema() + "." + c.index() + " on " + c.table() + " to "
                    + c.newName());
        }
        if (change instanceof Change.CreateSequence c) {
            return Optional.of("create sequence " + c.sequence().name()
                    + c.sequence().ownedBy().map(owner -> " owned by " + owner).orElse(""));
        }
        if (change instanceof Change.DropSequence c) {
            return Optional.of("drop sequence " + c.sequence().name());
        }
        if (change instanceof Change.AlterSequence c) {
            List<String> changes = changes(c.from(), c.to());
            return Optional.of("alter sequence " + c.sequence() + ": "
                    + (changes.isEmpty() ? "no option changes" : String.join(", ", changes)));
        }
        if (change instanceof Change.SetSequenceOwner c) {
            return Optional.of("set sequence owner of " + c.sequence() + ": "
                    + c.from().map(Object::toString).orElse("none") + " -> "
                    + c.to().map(Object::toString).orElse("none"));
        }
        if (change instanceof Change.RenameSequence c) {
            return Optional.of("rename sequence " + c.sequence() + " to " + c.newName());
        }
        return Optional.empty();
    }

    private static String concurrently(boolean concurrently) {
        return concurrently ? " concurrently" : "";
    }

    private static String keys(Index index) {
        return ChangeText.columns(index.keys().stream().map(IndexKey::value).toList())
                + index.predicate().map(predicate -> " where " + predicate).orElse("");
    }

    /** {@code option old -> new} for each option that differs. */
    private static List<String> changes(SequenceOptions from, SequenceOptions to) {
        List<String> changes = new ArrayList<>();
        option(changes, "type", from.dataType(), to.dataType());
        option(changes, "increment", from.increment(), to.increment());
        option(changes, "minvalue", from.minValue(), to.minValue());
        option(changes, "maxvalue", from.maxValue(), to.maxValue());
        option(changes, "start", from.start(), to.start());
        option(changes, "cache", from.cache(), to.cache());
        option(changes, "cycle", from.cycle(), to.cycle());
        return changes;
    }

    private static void option(List<String> changes, String name, Object from, Object to) {
        if (!from.equals(to)) {
            changes.add(name + " " + from + " -> " + to);
        }
    }
}
