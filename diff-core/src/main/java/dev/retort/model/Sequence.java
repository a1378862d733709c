package dev.retort.model;

import java.util.Optional;

/**
 * A standalone sequence (identity sequences belong to their column's {@link Identity} instead): its name,
 * options, and the column that owns it, as {@code serial} columns and {@code OWNED BY} set.
 */
public record Sequence(QualifiedName name, SequenceOptions options, Optional<ColumnReference> ownedBy) {

    public Sequence {
        Canonical.required(name, "sequence name");
        Canonical.required(options, "options of sequence ", name);
        Canonical.required(ownedBy, "owner of sequence ", name);
    }

    public static Sequence of(QualifiedName name, SequenceOptions options) {
        return new Sequence(name, options, Optional.empty());
    }

    public Sequence ownedBy(QualifiedName table, String column) {
        return new Sequence(name, options, Optional.of(new ColumnReference(table, column)));
    }
}
