package dev.retort.introspect;

import dev.retort.model.QualifiedName;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the managed tables and their comments, keyed by table oid for the queries that follow. */
final class TableReader {

    private TableReader() {
    }

    static Map<Long, TableParts> read(CatalogReader reader) throws SQLException {
        Map<Long, TableParts> tables = new HashMap<>();
        reader.forEachRow(CatalogQuery.TABLES, row -> tables.put(row.getLong("oid"),
                new TableParts(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                        Optional.ofNullable(row.getString("description")))));
        return tables;
    }

    /** The table a row of a later query belongs to; the queries share one definition of the managed tables. */
    static TableParts owner(Map<Long, TableParts> tables, long oid) {
        TableParts table = tables.get(oid);
        if (table == null) {
            throw new IllegalStateException("catalog row for table oid " + oid + ", which is not a managed table");
        }
        return table;
    }
}
