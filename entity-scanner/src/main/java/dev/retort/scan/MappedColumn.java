package dev.retort.scan;

import dev.retort.model.QualifiedName;
import java.util.Objects;

/** One column an entity attribute maps to: the attribute path, the column's table and the column's name. */
public record MappedColumn(String attribute, QualifiedName table, String column) {

    public MappedColumn {
        Objects.requireNonNull(attribute, "attribute must not be null");
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(column, "column must not be null");
    }
}
