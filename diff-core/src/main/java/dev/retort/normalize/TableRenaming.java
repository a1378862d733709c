package dev.retort.normalize;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Renames a table and its named parts (constraints, indexes, identity sequences; never columns), so that tables
 * that differ only in those names can share one probe in the scratch database.
 */
final class TableRenaming {

    /** PostgreSQL's longest identifier in bytes (NAMEDATALEN - 1); it silently truncates longer ones. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private TableRenaming() {
    }

    /** {@code table} named {@code name}, each constraint, index and identity sequence name mapped by {@code names}. */
    static Table rename(Table table, QualifiedName name, UnaryOperator<String> names) {
        return new Table(name, table.columns().stream().map(c -> renameSequence(c, names)).toList(),
                table.primaryKey().map(pk -> new PrimaryKey(names.apply(pk.name()), pk.columns(), pk.deferrability())),
                table.uniqueConstraints().stream().map(u -> new UniqueConstraint(names.apply(u.name()), u.columns(),
                        u.nullsNotDistinct(), u.deferrability())).toList(),
                table.foreignKeys(),
                table.checks().stream().map(c -> new CheckConstraint(names.apply(c.name()), c.expression(),
                        c.validated())).toList(),
                table.indexes().stream().map(i -> i.withName(names.apply(i.name()))).toList(),
                table.comment());
    }

    private static Column renameSequence(Column column, UnaryOperator<String> names) {
        return column.identity().map(i -> column.withIdentity(new Identity(i.generation(),
                names.apply(i.sequenceName()), i.options()))).orElse(column);
    }

    /** Names by kind and position ({@code pk}, {@code u1}, {@code c1}, {@code i1}, {@code s1}), from each name. */
    static Map<String, String> neutralNames(Table table) {
        Map<String, String> names = new HashMap<>();
        table.primaryKey().ifPresent(pk -> names.put(pk.name(), "pk"));
        number(names, "u", table.uniqueConstraints().stream().map(UniqueConstraint::name));
        number(names, "c", table.checks().stream().map(CheckConstraint::name));
        number(names, "i", table.indexes().stream().map(i -> i.name()));
        number(names, "s", table.columns().stream().flatMap(c -> c.identity().stream()).map(Identity::sequenceName));
        return names;
    }

    private static void number(Map<String, String> names, String prefix, Stream<String> originals) {
        int[] next = {1};
        originals.forEach(name -> names.put(name, prefix + next[0]++));
    }

    /**
     * Whether some name of the table is longer than PostgreSQL keeps. Why it matters: the scratch database
     * reads back the truncated name, which a renamed probe would hide, so such a table is built as it is.
     */
    static boolean hasLongNames(Table table) {
        return Stream.of(Stream.of(table.name().name()), table.columns().stream().map(Column::name),
                        neutralNames(table).keySet().stream())
                .flatMap(s -> s)
                .anyMatch(n -> n.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES);
    }
}
