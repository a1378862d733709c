package dev.retort.scan;

import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/** An entity class, its entity name, its primary table and the columns its attributes map to. */
public record EntityMapping(String className, String entityName, QualifiedName table, List<MappedColumn> columns) {

    public EntityMapping {
        Objects.requireNonNull(className, "class name must not be null");
        Objects.requireNonNull(entityName, "entity name must not be null");
        Objects.requireNonNull(table, "table must not be null");
        columns = List.copyOf(columns);
    }
}
