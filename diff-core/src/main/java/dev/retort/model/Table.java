package dev.retort.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table with its columns, constraints, free-standing indexes and comment. Columns, constraints and indexes
 * are sorted by name: column order never makes two schemas differ for an application that names its columns,
 * as JPA always does.
 */
public record Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, List<Index> indexes, Optional<String> comment) {

    public Table {
        Canonical.required(name, "table name");
        columns = Canonical.sortedByName(columns, Column::name, "table ", name, " columns");
        Canonical.required(primaryKey, "primary key of table ", name);
        uniqueConstraints = Canonical.sortedByName(uniqueConstraints, UniqueConstraint::name, "table ", name,
                " unique constraints");
        foreignKeys = Canonical.sortedByName(foreignKeys, ForeignKey::name, "table ", name, " foreign keys");
        checks = Canonical.sortedByName(checks, CheckConstraint::name, "table ", name, " check constraints");
        indexes = Canonical.sortedByName(indexes, Index::name, "table ", name, " indexes");
        Canonical.required(comment, "comment of table ", name);
        new TableValidation(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes).run();
    }

    /** A table with the given columns and nothing else. */
    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    public Optional<Column> column(String columnName) {
        return Canonical.findByName(columns, columnName, Column::name);
    }

    /** Names of every constraint of this table. */
    public List<String> constraintNames() {
        List<String> names = new ArrayList<>();
        primaryKey.ifPresent(pk -> names.add(pk.name()));
        uniqueConstraints.forEach(u -> names.add(u.name()));
        foreignKeys.forEach(f -> names.add(f.name()));
        checks.forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * Names this table puts into its schema's relation namespace besides its own: the indexes behind its
     * primary key and unique constraints, its free-standing indexes and its identity sequences.
     */
    public Set<String> relationNames() {
        Set<String> names = new HashSet<>();
        primaryKey.ifPresent(pk -> names.add(pk.name()));
        uniqueConstraints.forEach(u -> names.add(u.name()));
        indexes.forEach(i -> names.add(i.name()));
        columns.forEach(c -> c.identity().ifPresent(id -> names.add(id.sequenceName())));
        return names;
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, comment);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, Optional.of(newPrimaryKey), uniqueConstraints, foreignKeys, checks, indexes,
                comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, foreignKeys, checks, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newForeignKeys, checks, indexes, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, newChecks, indexes, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, newIndexes, comment);
    }

    public Table withComment(String newComment) {
        return withComment(Optional.of(newComment));
    }

    public Table withComment(Optional<String> newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, newComment);
    }
}
