package dev.retort.hazard;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import dev.retort.sql.CreateDdl;
import java.util.List;

/**
 * The SQL of the changes {@link TableRewriteIT} samples, written here until {@code ChangeSql.statements(change)}
 * is available; the test derives every statement from the same change object the rules assess.
 */
final class SampleStatements {

    private SampleStatements() {
    }

    static List<String> of(Change change) {
        if (change instanceof Change.AlterColumnType c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " TYPE " + c.toType()
                    + c.toCollation().map(collation -> " COLLATE " + quote(collation)).orElse("")
                    + c.using().map(using -> " USING " + using).orElse("")));
        } else if (change instanceof Change.AddColumn c) {
            return List.of(alterTable(c.table(), "ADD COLUMN " + CreateDdl.columnDefinition(c.table(), c.column())));
        } else if (change instanceof Change.SetDefault c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " SET DEFAULT " + c.to()));
        } else if (change instanceof Change.DropDefault c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " DROP DEFAULT"));
        } else if (change instanceof Change.SetNotNull c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " SET NOT NULL"));
        } else if (change instanceof Change.DropNotNull c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " DROP NOT NULL"));
        } else if (change instanceof Change.RenameColumn c) {
            return List.of(alterTable(c.table(), "RENAME COLUMN " + quote(c.column()) + " TO " + quote(c.newName())));
        } else if (change instanceof Change.AddIdentity c) {
            return List.of(alterTable(c.table(), "ALTER COLUMN " + quote(c.column()) + " ADD GENERATED "
                    + c.identity().generation().sql() + " AS IDENTITY"));
        } else if (change instanceof Change.DropColumn c) {
            return List.of(alterTable(c.table(), "DROP COLUMN " + quote(c.column().name())));
        }
        return constraintOrIndex(change);
    }

    private static List<String> constraintOrIndex(Change change) {
        if (change instanceof Change.AddCheck c) {
            return List.of(CreateDdl.addCheck(c.table(), c.check()));
        } else if (change instanceof Change.AddUnique c) {
            return List.of(CreateDdl.addUnique(c.table(), c.unique()));
        } else if (change instanceof Change.AddPrimaryKey c) {
            return List.of(CreateDdl.addPrimaryKey(c.table(), c.primaryKey()));
        } else if (change instanceof Change.AddForeignKey c) {
            return List.of(CreateDdl.addForeignKey(c.table(), c.foreignKey()));
        } else if (change instanceof Change.CreateIndex c) {
            return List.of(CreateDdl.createIndex(c.table(), c.index()));
        }
        throw new IllegalArgumentException("no sample SQL for " + change.op());
    }

    private static String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + quote(table) + " " + action;
    }
}
