package dev.retort.model;

import java.util.List;

/** A table's primary key constraint: its name and key columns in key order. */
public record PrimaryKey(String name, List<String> columns, Deferrability deferrability) {

    public PrimaryKey {
        Canonical.name(name, "primary key name");
        columns = Canonical.nameList(columns, "primary key ", name);
        Canonical.required(deferrability, "deferrability of ", name);
    }

    public static PrimaryKey of(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns), Deferrability.NOT_DEFERRABLE);
    }
}
