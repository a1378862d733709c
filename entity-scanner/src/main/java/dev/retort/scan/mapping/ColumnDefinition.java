package dev.retort.scan.mapping;

import dev.retort.model.GeneratedColumn;
import java.util.List;
import java.util.Optional;

/**
 * A hand-written {@code columnDefinition} taken apart: its type and the column clauses PostgreSQL would apply
 * (default, NOT NULL, checks, collation, unique, primary key, generation), plus the clauses that the
 * schema model cannot hold.
 */
record ColumnDefinition(String type, Optional<String> defaultExpression, boolean notNull, List<CheckSpec> checks,
                        Optional<String> collation, boolean unique, boolean primaryKey, Optional<GeneratedColumn> generated,
                        List<String> unsupported) {

    ColumnDefinition {
        checks = List.copyOf(checks);
        unsupported = List.copyOf(unsupported);
    }
}
