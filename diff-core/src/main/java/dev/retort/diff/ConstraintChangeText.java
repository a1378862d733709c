package dev.retort.diff;

import static dev.retort.diff.ChangeText.columns;

import dev.retort.model.ForeignKey;
import dev.retort.model.QualifiedName;
import java.util.Optional;

/** The review line of added, dropped and renamed table constraints. */
final class ConstraintChangeText {

    private ConstraintChangeText() {
    }

    static Optional<String> describe(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            return Optional.of(add("primary key", c.primaryKey().name(), c.table(), columns(c.primaryKey().columns())));
        }
        if (change instanceof Change.DropPrimaryKey c) {
            return Optional.of(drop("primary key", c.primaryKey().name(), c.table()));
        }
        if (change instanceof Change.AddUnique c) {
            return Optional.of(add("unique constraint", c.unique().name(), c.table(), columns(c.unique().columns())));
        }
        if (change instanceof Change.DropUnique c) {
            return Optional.of(drop("unique constraint", c.unique().name(), c.table()));
        }
        if (change instanceof Change.AddForeignKey c) {
            return Optional.of(add("foreign key", c.foreignKey().name(), c.table(), references(c.foreignKey())));
        }
        if (change instanceof Change.DropForeignKey c) {
            return Optional.of(drop("foreign key", c.foreignKey().name(), c.table()));
        }
        if (change instanceof Change.AddCheck c) {
            return Optional.of(add("check", c.check().name(), c.table(), "(" + c.check().expression() + ")"));
        }
        if (change instanceof Change.DropCheck c) {
            return Optional.of(drop("check", c.check().name(), c.table()));
        }
        if (change instanceof Change.RenameConstraint c) {
            return Optional.of("rename constraint " + c.constraint() + " on " + c.table() + " to " + c.newName());
        }
        return Optional.empty();
    }

    private static String add(String kind, String name, QualifiedName table, String definition) {
        return "add " + kind + " " + name + " on " + table + " " + definition;
    }

    private static String drop(String kind, String name, QualifiedName table) {
        return "drop " + kind + " " + name + " on " + table;
    }

    private static String references(ForeignKey fk) {
        return columns(fk.columns()) + " references " + fk.referencedTable() + " " + columns(fk.referencedColumns());
    }
}
