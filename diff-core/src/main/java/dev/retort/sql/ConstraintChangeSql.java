package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/** The SQL of added, dropped and renamed table constraints: primary key, unique, foreign key and check. */
final class ConstraintChangeSql {

    private ConstraintChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.AddPrimaryKey c) {
            return one(ConstraintDdl.addPrimaryKey(c.table(), c.primaryKey()));
        }
        if (change instanceof Change.DropPrimaryKey c) {
            return one(dropConstraint(c.table(), c.primaryKey().name()));
        }
        if (change instanceof Change.AddUnique c) {
            return one(ConstraintDdl.addUnique(c.table(), c.unique()));
        }
        if (change instanceof Change.DropUnique c) {
            return one(dropConstraint(c.table(), c.unique().name()));
        }
        if (change instanceof Change.AddForeignKey c) {
            return one(ConstraintDdl.addForeignKey(c.table(), c.foreignKey()));
        }
        if (change instanceof Change.DropForeignKey c) {
            return one(dropConstraint(c.table(), c.foreignKey().name()));
        }
        if (change instanceof Change.AddCheck c) {
            return one(ConstraintDdl.addCheck(c.table(), c.check()));
        }
        if (change instanceof Change.DropCheck c) {
            return one(dropConstraint(c.table(), c.check().name()));
        }
        if (change instanceof Change.RenameConstraint c) {
            return one("ALTER TABLE " + quote(c.table()) + " RENAME CONSTRAINT " + quote(c.constraint()) + " TO "
                    + quote(c.newName()));
        }
        return Optional.empty();
    }

    /**
     * Why by name only, without naming the kind: {@code DROP CONSTRAINT name} drops any kind on every version
     * from 14 to 18, and also drops the index behind a primary key or unique constraint.
     */
    private static String dropConstraint(QualifiedName table, String constraint) {
        return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(constraint);
    }
}
