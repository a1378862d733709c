package dev.retort.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs catalog queries for one set of managed schemas and hands each result row to a callback. */
final class CatalogReader {

    /** Receives the rows of a query, the result set positioned on each row in turn. */
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final List<String> schemas;

    CatalogReader(Connection connection, List<String> schemas) {
        this.connection = connection;
        this.schemas = schemas;
    }

    void forEachRow(CatalogQuery query, RowHandler handler) throws SQLException {
        Array schemaArray = connection.createArrayOf("text", schemas.toArray());
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            statement.setArray(1, schemaArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        } finally {
            schemaArray.free();
        }
    }
}
