package dev.retort.sql;

import dev.retort.diff.Change;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of one {@link Change}: the statements that carry it out on PostgreSQL 14 to 18, without trailing
 * semicolons, every identifier quoted by {@link SqlIdentifiers}. Nothing is ever dropped with {@code CASCADE}:
 * Retort drops dependents only as changes of their own.
 */
public final class ChangeSql {

    private ChangeSql() {
    }

    /**
     * The statements of the change, in order; none for an {@link Change.Execute} without SQL.
     *
     * @throws UnsupportedChangeException for a change PostgreSQL cannot carry out as such (removing an enum
     *     label), whose message says what the reviewer must write instead
     */
    public static List<String> statements(Change change) {
        if (change instanceof Change.Execute execute) {
            return execute.sql().map(List::of).orElse(List.of());
        }
        return SchemaChangeSql.statements(change)
                .or(() -> TableChangeSql.statements(change))
                .or(() -> ColumnChangeSql.statements(change))
                .or(() -> ConstraintChangeSql.statements(change))
                .or(() -> IndexChangeSql.statements(change))
                .or(() -> SequenceChangeSql.statements(change))
                .orElseThrow(() -> new IllegalArgumentException("no SQL for change kind " + change.op()));
    }

    /** A single statement, as the families return it. */
    static Optional<List<String>> one(String statement) {
        return Optional.of(List.of(statement));
    }
}
