package dev.retort.introspect;

import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the schema model of a set of schemas from a live PostgreSQL database. */
public final class CatalogIntrospector {

    public CatalogIntrospector() {
    }

    /** Reads the model of the given schemas (that exist) from the live database. */
    public SchemaModel introspect(Connection connection, Collection<String> schemas) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        List<String> names = List.copyOf(schemas);
        return SnapshotTransaction.run(connection, () -> read(new CatalogReader(connection, names)));
    }

    /**
     * Reads the model inside the caller's open transaction, so that it sees DDL the caller has not committed
     * (the scratch-database normalisation builds a schema, reads it back and rolls it all back). Sets
     * {@code search_path} to empty for the rest of that transaction.
     */
    public SchemaModel introspectInTransaction(Connection connection, Collection<String> schemas)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("introspectInTransaction needs a connection inside a transaction");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(SnapshotTransaction.EMPTY_SEARCH_PATH);
        }
        return read(new CatalogReader(connection, List.copyOf(schemas)));
    }

    private static SchemaModel read(CatalogReader reader) throws SQLException {
        List<String> schemas = new ArrayList<>();
        reader.forEachRow(CatalogQuery.SCHEMAS, row -> schemas.add(row.getString("nspname")));
        List<EnumType> enums = EnumReader.read(reader);
        List<Sequence> sequences = SequenceReader.read(reader);
        Map<Long, TableParts> tables = TableReader.read(reader);
        ColumnReader.read(reader, tables);
        ConstraintReader.read(reader, tables);
        IndexReader.read(reader, tables);
        List<Table> built = new ArrayList<>(tables.size());
        for (TableParts parts : tables.values()) {
            built.add(parts.toTable());
        }
        return new SchemaModel(schemas, enums, sequences, built);
    }
}
