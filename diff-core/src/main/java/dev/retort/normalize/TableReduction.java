package dev.retort.normalize;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A table cut down to its {@link Involvement}, and the canonical spelling of that part put back into it. */
final class TableReduction {

    private TableReduction() {
    }

    /** The involved columns, constraints and indexes of {@code table}; no foreign keys and no table comment. */
    static Table reduce(Table table, Involvement involvement) {
        return new Table(table.name(),
                table.columns().stream().filter(c -> involvement.columns().contains(c.name())).toList(),
                table.primaryKey().filter(pk -> involvement.objects().contains(pk.name())),
                table.uniqueConstraints().stream().filter(u -> involvement.objects().contains(u.name())).toList(),
                List.of(),
                table.checks().stream().filter(c -> involvement.objects().contains(c.name())).toList(),
                table.indexes().stream().filter(i -> involvement.objects().contains(i.name())).toList(),
                Optional.empty());
    }

    /** {@code table} with each column, constraint and index that {@code canonical} holds replaced by its spelling. */
    static Table splice(Table table, Table canonical) {
        return new Table(table.name(),
                replace(table.columns(), canonical.columns(), Column::name),
                canonical.primaryKey().isPresent() ? canonical.primaryKey() : table.primaryKey(),
                replace(table.uniqueConstraints(), canonical.uniqueConstraints(), UniqueConstraint::name),
                table.foreignKeys(),
                replace(table.checks(), canonical.checks(), CheckConstraint::name),
                replace(table.indexes(), canonical.indexes(), Index::name),
                table.comment());
    }

    private static <T> List<T> replace(List<T> originals, List<T> canonical, Function<T, String> name) {
        if (canonical.isEmpty()) {
            return originals;
        }
        Map<String, T> byName = new HashMap<>();
        canonical.forEach(c -> byName.put(name.apply(c), c));
        return originals.stream().map(o -> byName.getOrDefault(name.apply(o), o)).toList();
    }
}
