package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of created, dropped, altered and renamed standalone sequences. */
final class SequenceChangeSql {

    private SequenceChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.CreateSequence c) {
            return Optional.of(createSequence(c.sequence()));
        }
        if (change instanceof Change.DropSequence c) {
            return one("DROP SEQUENCE " + quote(c.sequence().name()));
        }
        if (change instanceof Change.AlterSequence c) {
            List<String> options = changedOptions(c.from(), c.to());
            return Optional.of(options.isEmpty() ? List.of()
                    : List.of("ALTER SEQUENCE " + quote(c.sequence()) + " " + String.join(" ", options)));
        }
        if (change instanceof Change.SetSequenceOwner c) {
            return one("ALTER SEQUENCE " + quote(c.sequence()) + " OWNED BY "
                    + c.to().map(SequenceDdl::column).orElse("NONE"));
        }
        if (change instanceof Change.RenameSequence c) {
            return one("ALTER SEQUENCE " + quote(c.sequence()) + " RENAME TO " + quote(c.newName()));
        }
        return Optional.empty();
    }

    private static List<String> createSequence(Sequence sequence) {
        List<String> statements = new ArrayList<>();
        statements.add(SequenceDdl.createSequence(sequence));
        sequence.ownedBy().ifPresent(owner -> statements.add(SequenceDdl.alterSequenceOwnedBy(sequence)));
        return List.copyOf(statements);
    }

    /**
     * The clauses of the options that differ. Why the bounds are written whenever the data type changes:
     * {@code AS type} silently moves a bound that equals the old type's limit to the new type's limit, unless
     * the statement sets the bound itself.
     */
    private static List<String> changedOptions(SequenceOptions from, SequenceOptions to) {
        boolean typeChanges = !from.dataType().equals(to.dataType());
        List<String> options = new ArrayList<>();
        if (typeChanges) {
            options.add("AS " + to.dataType());
        }
        if (from.increment() != to.increment()) {
            options.add("INCREMENT BY " + to.increment());
        }
        if (typeChanges || from.minValue() != to.minValue()) {
            options.add("MINVALUE " + to.minValue());
        }
        if (typeChanges || from.maxValue() != to.maxValue()) {
            options.add("MAXVALUE " + to.maxValue());
        }
        if (from.start() != to.start()) {
            options.add("START WITH " + to.start());
        }
        if (from.cache() != to.cache()) {
            options.add("CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            options.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        }
        return options;
    }
}
