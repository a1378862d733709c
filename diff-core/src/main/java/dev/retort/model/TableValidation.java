package dev.retort.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that a table's constraints and indexes name columns it has, and that their names do not collide. */
record TableValidation(QualifiedName table, List<Column> columns, Optional<PrimaryKey> primaryKey,
                       List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys,
                       List<CheckConstraint> checks, List<Index> indexes) {

    void run() {
        Set<String> columnNames = new HashSet<>();
        columns.forEach(c -> columnNames.add(c.name()));
        primaryKey.ifPresent(pk -> requireColumns(columnNames, pk.columns(), "primary key ", pk.name()));
        uniqueConstraints.forEach(u -> requireColumns(columnNames, u.columns(), "unique constraint ", u.name()));
        foreignKeys.forEach(f -> requireColumns(columnNames, f.columns(), "foreign key ", f.name()));
        for (Index index : indexes) {
            for (IndexKey key : index.keys()) {
                if (key.kind() == IndexKey.Kind.COLUMN) {
                    requireColumns(columnNames, List.of(key.value()), "index ", index.name());
                }
            }
            requireColumns(columnNames, index.include(), "index ", index.name());
        }
        requireDistinctConstraintNames();
        requireIndexNamesDistinctFromConstraints();
    }

    private void requireColumns(Set<String> columnNames, List<String> used, String kind, String name) {
        for (String column : used) {
            if (!columnNames.contains(column)) {
                throw new IllegalArgumentException(kind + name + " of table " + table + " names column " + column
                        + ", which the table does not have");
            }
        }
    }

    /** Why: {@code pg_constraint} is unique on (table, name), whatever the constraint kind. */
    private void requireDistinctConstraintNames() {
        Set<String> seen = new HashSet<>();
        primaryKey.ifPresent(pk -> requireNew(seen, pk.name()));
        uniqueConstraints.forEach(u -> requireNew(seen, u.name()));
        foreignKeys.forEach(f -> requireNew(seen, f.name()));
        checks.forEach(c -> requireNew(seen, c.name()));
    }

    /** Why: an index shares its schema's relation namespace with the indexes behind PK and UNIQUE constraints. */
    private void requireIndexNamesDistinctFromConstraints() {
        Set<String> seen = new HashSet<>();
        primaryKey.ifPresent(pk -> seen.add(pk.name()));
        uniqueConstraints.forEach(u -> seen.add(u.name()));
        indexes.forEach(i -> requireNew(seen, i.name()));
    }

    private void requireNew(Set<String> seen, String name) {
        if (!seen.add(name)) {
            throw new IllegalArgumentException("table " + table + " has two constraints or indexes named " + name);
        }
    }
}
