package dev.retort.introspect;

import dev.retort.model.Column;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** Reads the columns of every managed table, with identity, generation, collation and comment. */
final class ColumnReader {

    private ColumnReader() {
    }

    static void read(CatalogReader reader, Map<Long, TableParts> tables) throws SQLException {
        reader.forEachRow(CatalogQuery.COLUMNS, row ->
                TableReader.owner(tables, row.getLong("table_oid")).add(column(row)));
    }

    private static Column column(ResultSet row) throws SQLException {
        String name = row.getString("attname");
        return new Column(name, row.getString("type"), !row.getBoolean("attnotnull"),
                Optional.ofNullable(row.getString("default_expression")), identity(row, name), generated(row),
                collation(row), Optional.ofNullable(row.getString("description")));
    }

    private static Optional<Identity> identity(ResultSet row, String column) throws SQLException {
        String kind = row.getString("identity_kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String sequence = row.getString("identity_sequence");
        if (sequence == null) {
            throw new IllegalStateException("identity column " + column + " has no identity sequence");
        }
        return Optional.of(new Identity(CatalogCodes.identityGeneration(kind), sequence,
                SequenceOptionsColumns.read(row)));
    }

    private static Optional<GeneratedColumn> generated(ResultSet row) throws SQLException {
        String kind = row.getString("generated_kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        GeneratedKind generatedKind = CatalogCodes.generatedKind(kind);
        return Optional.of(new GeneratedColumn(row.getString("generation_expression"), generatedKind));
    }

    private static Optional<QualifiedName> collation(ResultSet row) throws SQLException {
        String name = row.getString("collation_name");
        return name == null ? Optional.empty() : Optional.of(QualifiedName.of(row.getString("collation_schema"), name));
    }
}
