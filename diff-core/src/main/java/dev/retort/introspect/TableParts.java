package dev.retort.introspect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of one table gathered from the catalog queries, until the whole {@link Table} can be built. */
final class TableParts {

    private final QualifiedName name;
    private final Optional<String> comment;
    private final List<Column> columns = new ArrayList<>();
    private Optional<PrimaryKey> primaryKey = Optional.empty();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();

    TableParts(QualifiedName name, Optional<String> comment) {
        this.name = name;
        this.comment = comment;
    }

    QualifiedName name() {
        return name;
    }

    void add(Column column) {
        columns.add(column);
    }

    void primaryKey(PrimaryKey key) {
        primaryKey = Optional.of(key);
    }

    void add(UniqueConstraint constraint) {
        uniqueConstraints.add(constraint);
    }

    void add(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void add(CheckConstraint check) {
        checks.add(check);
    }

    void add(Index index) {
        indexes.add(index);
    }

    Table toTable() {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, comment);
    }
}
