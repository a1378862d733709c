package dev.retort.sql;

import static dev.retort.sql.ChangeSql.one;
import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/** The SQL of changes to one existing column: type, nullability, default and identity. */
final class ColumnChangeSql {

    private ColumnChangeSql() {
    }

    static Optional<List<String>> statements(Change change) {
        if (change instanceof Change.AlterColumnType c) {
            // Why COLLATE only when set: without it PostgreSQL gives the column its new type's default
            // collation, which is exactly what an empty collation means in the model.
            return one(alter(c.table(), c.column()) + " TYPE " + c.toType()
                    + c.toCollation().map(collation -> " COLLATE " + quote(collation)).orElse("")
                    + c.using().map(using -> " USING " + using).orElse(""));
        }
        if (change instanceof Change.SetNotNull c) {
            return one(alter(c.table(), c.column()) + " SET NOT NULL");
        }
        if (change instanceof Change.DropNotNull c) {
            return one(alter(c.table(), c.column()) + " DROP NOT NULL");
        }
        if (change instanceof Change.SetDefault c) {
            return one(alter(c.table(), c.column()) + " SET DEFAULT " + c.to());
        }
        if (change instanceof Change.DropDefault c) {
            return one(alter(c.table(), c.column()) + " DROP DEFAULT");
        }
        if (change instanceof Change.AddIdentity c) {
            return one(alter(c.table(), c.column()) + " ADD" + TableDdl.identityClause(c.table(), c.identity()));
        }
        if (change instanceof Change.Backfill c) {
            String value = c.value().orElseThrow(() -> new UnsupportedChangeException(c, "The backfill of "
                    + c.table() + "." + c.column() + " has no value yet: write the value (an SQL expression) that "
                    + "existing rows get before the column becomes NOT NULL."));
            return one("UPDATE " + quote(c.table()) + " SET " + quote(c.column()) + " = " + value + " WHERE "
                    + quote(c.column()) + " IS NULL");
        }
        if (change instanceof Change.DropIdentity c) {
            return one(alter(c.table(), c.column()) + " DROP IDENTITY");
        }
        return Optional.empty();
    }

    private static String alter(QualifiedName table, String column) {
        return "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column);
    }
}
