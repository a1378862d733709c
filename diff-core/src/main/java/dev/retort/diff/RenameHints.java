package dev.retort.diff;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rename hints resolved against the current schema: which tables and which columns the user says were renamed.
 * Unqualified table names are looked up in the managed schemas; a name that matches nothing, or more than one
 * thing, is an error that says so.
 */
public record RenameHints(List<TableRename> tables, List<ColumnRename> columns) {

    /** A table renamed within its schema. */
    public record TableRename(QualifiedName from, String to) {
    }

    /** A column renamed within its table (the table's name before any table rename). */
    public record ColumnRename(QualifiedName table, String from, String to) {
    }

    public RenameHints {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
    }

    public static RenameHints none() {
        return new RenameHints(List.of(), List.of());
    }

    /** Resolves each hint against the current schema. */
    public static RenameHints resolve(List<RenameHint> hints, SchemaModel current) {
        List<TableRename> tables = new ArrayList<>();
        List<ColumnRename> columns = new ArrayList<>();
        for (RenameHint hint : hints) {
            List<String> parts = hint.parts();
            Optional<Table> asTable = parts.size() <= 2 ? findTable(current, parts, hint) : Optional.empty();
            Optional<Table> columnTable = parts.size() >= 2
                    ? findTable(current, parts.subList(0, parts.size() - 1), hint)
                    .filter(t -> t.column(parts.get(parts.size() - 1)).isPresent())
                    : Optional.empty();
            if (asTable.isPresent() && columnTable.isPresent()) {
                throw new IllegalArgumentException("--rename " + hint.spec() + ": " + hint.oldName()
                        + " is both a table and a column; write the column as schema.table.column");
            }
            if (asTable.isPresent()) {
                tables.add(new TableRename(asTable.get().name(), hint.newName()));
            } else if (columnTable.isPresent()) {
                columns.add(new ColumnRename(columnTable.get().name(), parts.get(parts.size() - 1), hint.newName()));
            } else {
                throw new IllegalArgumentException("--rename " + hint.spec() + ": the database has no table or "
                        + "column " + hint.oldName() + " in schemas " + current.schemas());
            }
        }
        return new RenameHints(tables, columns);
    }

    public Optional<String> newTableName(QualifiedName table) {
        return tables.stream().filter(r -> r.from().equals(table)).map(TableRename::to).findFirst();
    }

    public Optional<String> newColumnName(QualifiedName table, String column) {
        return columns.stream().filter(r -> r.table().equals(table) && r.from().equals(column))
                .map(ColumnRename::to).findFirst();
    }

    private static Optional<Table> findTable(SchemaModel current, List<String> name, RenameHint hint) {
        if (name.size() == 2) {
            return current.table(QualifiedName.of(name.get(0), name.get(1)));
        }
        List<Table> matches = current.tables().stream().filter(t -> t.name().name().equals(name.get(0))).toList();
        if (matches.size() > 1) {
            throw new IllegalArgumentException("--rename " + hint.spec() + ": table " + name.get(0)
                    + " exists in several schemas; qualify it, e.g. " + matches.get(0).name() + "...");
        }
        return matches.stream().findFirst();
    }
}
