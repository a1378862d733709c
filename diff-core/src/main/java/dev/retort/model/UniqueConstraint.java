package dev.retort.model;

import java.util.List;

/**
 * A UNIQUE constraint (not a free-standing unique index): name, columns in order, whether NULLs count as equal
 * ({@code NULLS NOT DISTINCT}, PostgreSQL 15+) and deferrability.
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct,
                               Deferrability deferrability) {

    public UniqueConstraint {
        Canonical.name(name, "unique constraint name");
        columns = Canonical.nameList(columns, "unique constraint ", name);
        Canonical.required(deferrability, "deferrability of ", name);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), false, Deferrability.NOT_DEFERRABLE);
    }
}
