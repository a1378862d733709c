package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of whole-table changes, added, dropped and renamed columns, and comments. */
final class TableChangeSql {

    private TableChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.CreateTable c) {
            return Optional.of(createTable(c.table()));
        }
        if (change instanceof Change.DropTable c) {
            return one("DROP TABLE " + quote(c.table().name()));
        }
        if (change instanceof Change.RenameTable c) {
            return one("ALTER TABLE " + quote(c.table()) + " RENAME TO " + quote(c.newName()));
        }
        if (change instanceof Change.AddColumn c) {
            List<String> statements = new ArrayList<>();
            statements.add("ALTER TABLE " + quote(c.table()) + " ADD COLUMN "
                    + TableDdl.columnDefinition(Optional.of(c.table()), c.column()));
            c.column().comment().ifPresent(comment -> statements.add(TableDdl.commentOnColumn(c.table(),
                    c.column().name(), Optional.of(comment))));
            return Optional.of(List.copyOf(statements));
        }
        if (change instanceof Change.DropColumn c) {
            return one("ALTER TABLE " + quote(c.table()) + " DROP COLUMN " + quote(c.column().name()));
        }
        if (change instanceof Change.RenameColumn c) {
            return one("ALTER TABLE " + quote(c.table()) + " RENAME COLUMN " + quote(c.column()) + " TO "
                    + quote(c.newName()));
        }
        if (change instanceof Change.SetComment c) {
            return one(c.column().map(column -> TableDdl.commentOnColumn(c.table(), column, c.to()))
                    .orElseGet(() -> TableDdl.commentOnTable(c.table(), c.to())));
        }
        return Optional.empty();
    }

    /**
     * The table with its columns, primary key, unique and check constraints and comments. Why not its indexes
     * and foreign keys: those are changes of their own (CONTRACT.md section 6), planned after every table
     * they need exists.
     */
    private static List<String> createTable(Table table) {
        List<String> statements = new ArrayList<>();
        statements.add(TableDdl.createTable(table));
        // Why separate: a CHECK written inside CREATE TABLE is always validated; only ALTER TABLE can skip it.
        table.checks().stream().filter(check -> !check.validated())
                .forEach(check -> statements.add(ConstraintDdl.addCheck(table.name(), check)));
        statements.addAll(TableDdl.comments(table));
        return List.copyOf(statements);
    }
}
