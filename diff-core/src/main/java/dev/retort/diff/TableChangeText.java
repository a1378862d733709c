package dev.retort.diff;

import static dev.retort.diff.ChangeText.column;
import static dev.retort.diff.ChangeText.quotedOrNone;

import dev.retort.model.Column;
import java.util.Optional;

/** The review line of whole-table changes, added, dropped and renamed columns, and comments. */
final class TableChangeText {

    private TableChangeText() {
    }

    static Optional<String> describe(Change change) {
        if (change instanceof Change.CreateTable c) {
            return Optional.of("create table " + c.table().name() + " "
                    + ChangeText.columns(c.table().columns().stream().map(Column::name).toList()));
        }
        if (change instanceof Change.DropTable c) {
            return Optional.of("drop table " + c.table().name());
        }
        if (change instanceof Change.RenameTable c) {
            return Optional.of("rename table " + c.table() + " to " + c.newName());
        }
        if (change instanceof Change.AddColumn c) {
            return Optional.of("add column " + column(c.table(), c.column().name()) + " "
                    + ChangeText.definition(c.column()));
        }
        if (change instanceof Change.DropColumn c) {
            return Optional.of("drop column " + column(c.table(), c.column().name()));
        }
        if (change instanceof Change.RenameColumn c) {
            return Optional.of("rename column " + column(c.table(), c.column()) + " to " + c.newName());
        }
        if (change instanceof Change.SetComment c) {
            String target = c.column().map(name -> "column " + column(c.table(), name))
                    .orElseGet(() -> "table " + c.table());
            return Optional.of("set comment of " + target + ": " + quotedOrNone(c.from()) + " -> "
                    + quotedOrNone(c.to()));
        }
        return Optional.empty();
    }
}
