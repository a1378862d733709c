package dev.retort.introspect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Reads the primary key, unique, foreign key and check constraints of every managed table. */
final class ConstraintReader {

    private ConstraintReader() {
    }

    static void read(CatalogReader reader, Map<Long, TableParts> tables) throws SQLException {
        reader.forEachRow(CatalogQuery.CONSTRAINTS,
                row -> add(TableReader.owner(tables, row.getLong("table_oid")), row));
    }

    private static void add(TableParts table, ResultSet row) throws SQLException {
        String name = row.getString("conname");
        String kind = row.getString("kind");
        switch (kind) {
            case "p" -> table.primaryKey(new PrimaryKey(name, SqlArrays.strings(row, "columns"), deferrability(row)));
            case "u" -> table.add(new UniqueConstraint(name, SqlArrays.strings(row, "columns"),
                    row.getBoolean("nulls_not_distinct"), deferrability(row)));
            case "f" -> table.add(foreignKey(name, row));
            case "c" -> table.add(new CheckConstraint(name, row.getString("check_expression"),
                    row.getBoolean("convalidated")));
            default -> throw new IllegalStateException("constraint " + name + " of " + table.name()
                    + " has unexpected kind '" + kind + "'");
        }
    }

    private static ForeignKey foreignKey(String name, ResultSet row) throws SQLException {
        QualifiedName referenced = QualifiedName.of(row.getString("referenced_schema"),
                row.getString("referenced_table"));
        return new ForeignKey(name, SqlArrays.strings(row, "columns"), referenced,
                SqlArrays.strings(row, "referenced_columns"),
                CatalogCodes.referentialAction(row.getString("on_delete")),
                CatalogCodes.referentialAction(row.getString("on_update")),
                CatalogCodes.matchType(row.getString("match_type")), deferrability(row),
                row.getBoolean("convalidated"));
    }

    private static Deferrability deferrability(ResultSet row) throws SQLException {
        return Deferrability.of(row.getBoolean("condeferrable"), row.getBoolean("condeferred"));
    }
}
