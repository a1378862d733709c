package dev.retort.model;

/** A column of a table, as named by a sequence's {@code OWNED BY}. */
public record ColumnReference(QualifiedName table, String column) {

    public ColumnReference {
        Canonical.required(table, "table");
        Canonical.name(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
