package dev.retort.normalize;

import dev.retort.model.Column;
import dev.retort.model.Table;
import java.util.List;
import java.util.function.Function;

/** A table cut down to its {@link Involvement}, and the canonical spelling of that part put back into it. */
final class TableReduction {

    private TableReduction() {
    }

    /** The involved columns, constraints and indexes of {@code table}; no foreign keys and no table comment. */
    static Table reduce(Table table, Involvement involvement) {
        Table reduced = Table.of(table.name(), table.columns().stream()
                        .filter(c -> involvement.columns().contains(c.name())).toList())
                .withUniqueConstraints(table.uniqueConstraints().stream()
                        .filter(u -> involvement.objects().contains(u.name())).toList())
                .withChecks(table.checks().stream().filter(c -> involvement.objects().contains(c.name())).toList())
                .withIndexes(table.indexes().stream().filter(i -> involvement.objects().contains(i.name())).toList());
        return table.primaryKey().filter(pk -> involvement.objects().contains(pk.name()))
                .map(reduced::withPrimaryKey).orElse(reduced);
    }

    /** {@code table} with each column, constraint and index that {@code canonical} holds replaced by its spelling. */
    static Table splice(Table table, Table canonical) {
        Table spliced = table.withColumns(replace(table.columns(), canonical.columns(), Column::name))
                .withUniqueConstraints(replace(table.uniqueConstraints(), canonical.uniqueConstraints(),
                        u -> u.name()))
                .withChecks(replace(table.checks(), canonical.checks(), c -> c.name()))
                .withIndexes(replace(table.indexes(), canonical.indexes(), i -> i.name()));
        return canonical.primaryKey().isPresent() ? spliced.withPrimaryKey(canonical.primaryKey().get()) : spliced;
    }

    private static <T> List<T> replace(List<T> originals, List<T> canonical, Function<T, String> name) {
        return originals.stream().map(o -> canonical.stream().filter(c -> name.apply(c).equals(name.apply(o)))
                .findFirst().orElse(o)).toList();
    }
}
