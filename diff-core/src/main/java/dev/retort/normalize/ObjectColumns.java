package dev.retort.normalize;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The columns each constraint, index and generated column of one table reads (foreign keys aside: they are never
 * built in the scratch database). Expressions are read by {@link ExpressionNames}, so a set may hold more columns
 * than the object really reads, never fewer.
 */
final class ObjectColumns {

    private final Map<String, Set<String>> objects = new LinkedHashMap<>();
    private final Map<String, Set<String>> generated = new LinkedHashMap<>();

    ObjectColumns(Table table) {
        Set<String> names = new HashSet<>();
        table.columns().forEach(c -> names.add(c.name()));
        table.primaryKey().ifPresent(pk -> objects.put(pk.name(), new HashSet<>(pk.columns())));
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            objects.put(unique.name(), new HashSet<>(unique.columns()));
        }
        for (CheckConstraint check : table.checks()) {
            objects.put(check.name(), ExpressionNames.columnsIn(check.expression(), names));
        }
        for (Index index : table.indexes()) {
            objects.put(index.name(), indexColumns(index, names));
        }
        for (Column column : table.columns()) {
            column.generated().ifPresent(g -> generated.put(column.name(),
                    ExpressionNames.columnsIn(g.expression(), names)));
        }
    }

    private static Set<String> indexColumns(Index index, Set<String> names) {
        Set<String> read = new HashSet<>(index.include());
        for (IndexKey key : index.keys()) {
            if (key.kind() == IndexKey.Kind.COLUMN) {
                read.add(key.value());
            } else {
                read.addAll(ExpressionNames.columnsIn(key.value(), names));
            }
        }
        index.predicate().ifPresent(p -> read.addAll(ExpressionNames.columnsIn(p, names)));
        return read;
    }

    /** Constraint or index name to the columns it reads. */
    Map<String, Set<String>> objects() {
        return objects;
    }

    /** Generated column name to the columns its expression reads. */
    Map<String, Set<String>> generated() {
        return generated;
    }
}
