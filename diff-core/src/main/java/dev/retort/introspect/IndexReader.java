package dev.retort.introspect;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the free-standing indexes of every managed table. The query returns one row per index column, ordered by
 * table, index and position, so each index is complete when the next one starts.
 */
final class IndexReader {

    private final Map<Long, TableParts> tables;
    private IndexParts current;

    private IndexReader(Map<Long, TableParts> tables) {
        this.tables = tables;
    }

    static void read(CatalogReader reader, Map<Long, TableParts> tables) throws SQLException {
        IndexReader indexes = new IndexReader(tables);
        reader.forEachRow(CatalogQuery.INDEXES, indexes::accept);
        indexes.finishCurrent();
    }

    private void accept(ResultSet row) throws SQLException {
        long tableOid = row.getLong("table_oid");
        String name = row.getString("index_name");
        if (current == null || current.tableOid != tableOid || !current.name.equals(name)) {
            finishCurrent();
            current = new IndexParts(tableOid, name, row.getString("amname"), row.getBoolean("indisunique"),
                    row.getBoolean("nulls_not_distinct"), Optional.ofNullable(row.getString("predicate")));
        }
        if (row.getBoolean("included")) {
            current.include.add(row.getString("column_name"));
        } else {
            current.keys.add(key(row));
        }
    }

    private void finishCurrent() {
        if (current != null) {
            TableReader.owner(tables, current.tableOid).add(current.toIndex());
            current = null;
        }
    }

    private static IndexKey key(ResultSet row) throws SQLException {
        String column = row.getString("column_name");
        IndexKey.Kind kind = column != null ? IndexKey.Kind.COLUMN : IndexKey.Kind.EXPRESSION;
        String value = column != null ? column : withoutAddedParentheses(row.getString("expression"));
        return new IndexKey(kind, value, qualifiedName(row, "collation"), qualifiedName(row, "opclass"),
                row.getBoolean("descending"), row.getBoolean("nulls_first"));
    }

    /**
     * Why: pg_get_indexdef wraps an expression key in parentheses unless it deparses like a function call
     * (ruleutils.c, looks_like_function), so {@code (a + b)} comes back as {@code ((a + b))}. The model keeps the
     * expression without that outer pair and the DDL renderer adds it back. A printed key that starts with a
     * parenthesis is always wrapped whole (by pg_get_indexdef, or by the deparser itself as for
     * {@code (x AT TIME ZONE 'UTC'::text)}), so removing one outer pair always leaves a valid expression.
     */
    static String withoutAddedParentheses(String printed) {
        return printed.startsWith("(") ? printed.substring(1, printed.length() - 1) : printed;
    }

    private static Optional<QualifiedName> qualifiedName(ResultSet row, String prefix) throws SQLException {
        String name = row.getString(prefix + "_name");
        return name == null ? Optional.empty() : Optional.of(QualifiedName.of(row.getString(prefix + "_schema"), name));
    }

    /** The columns of one index collected so far. */
    private static final class IndexParts {
        private final long tableOid;
        private final String name;
        private final String method;
        private final boolean unique;
        private final boolean nullsNotDistinct;
        private final Optional<String> predicate;
        private final List<IndexKey> keys = new ArrayList<>();
        private final List<String> include = new ArrayList<>();

        IndexParts(long tableOid, String name, String method, boolean unique, boolean nullsNotDistinct,
                   Optional<String> predicate) {
            this.tableOid = tableOid;
            this.name = name;
            this.method = method;
            this.unique = unique;
            this.nullsNotDistinct = nullsNotDistinct;
            this.predicate = predicate;
        }

        Index toIndex() {
            return new Index(name, unique, method, keys, include, predicate, nullsNotDistinct);
        }
    }
}
