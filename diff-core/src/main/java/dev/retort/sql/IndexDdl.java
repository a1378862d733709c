package dev.retort.sql;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.QualifiedName;
import java.util.stream.Collectors;

/** {@code CREATE INDEX} for free-standing indexes. */
final class IndexDdl {

    private IndexDdl() {
    }

    /**
     * {@code CREATE [UNIQUE] INDEX name ON table USING method (keys) [INCLUDE (...)] [NULLS NOT DISTINCT]
     * [WHERE predicate]}. The index name is not qualified: PostgreSQL always puts an index in its table's schema
     * and rejects a qualified name here.
     */
    static String createIndex(QualifiedName table, Index index) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(quote(index.name()))
                .append(" ON ").append(quote(table))
                .append(" USING ").append(quote(index.method()))
                .append(index.keys().stream().map(IndexDdl::key).collect(Collectors.joining(", ", " (", ")")));
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE ").append(ConstraintDdl.columnList(index.include()));
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        index.predicate().ifPresent(predicate -> sql.append(" WHERE ").append(predicate));
        return sql.toString();
    }

    /**
     * One key: a quoted column or a parenthesised expression, then COLLATE, operator class, DESC, and the nulls
     * order only where it is not the default for the direction (NULLS LAST ascending, NULLS FIRST descending).
     */
    static String key(IndexKey key) {
        StringBuilder sql = new StringBuilder();
        if (key.kind() == IndexKey.Kind.COLUMN) {
            sql.append(quote(key.value()));
        } else {
            // Why the parentheses: CREATE INDEX accepts a bare function call but any other expression only
            // in parentheses, and extra parentheses never change the stored expression.
            sql.append('(').append(key.value()).append(')');
        }
        key.collation().ifPresent(collation -> sql.append(" COLLATE ").append(quote(collation)));
        key.opclass().ifPresent(opclass -> sql.append(' ').append(quote(opclass)));
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (!key.hasDefaultNullsOrder()) {
            sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }
}
