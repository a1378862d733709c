package dev.retort.model;

import java.util.Optional;

/**
 * One key of an index: a column name or an expression (as {@code pg_get_indexdef} prints it), its collation and
 * operator class where they differ from the defaults, and its sort order and nulls order.
 *
 * <p>Nulls order is stored explicitly; PostgreSQL's default is NULLS LAST for ascending and NULLS FIRST for
 * descending keys (CREATE INDEX documentation), which {@link #column(String)} and {@link #expression(String)}
 * follow.
 */
public record IndexKey(Kind kind, String value, Optional<QualifiedName> collation, Optional<QualifiedName> opclass,
                       boolean descending, boolean nullsFirst) {

    /** Whether a key is a plain column or an expression over columns. */
    public enum Kind {
        COLUMN,
        EXPRESSION
    }

    public IndexKey {
        Canonical.required(kind, "index key kind");
        Canonical.name(value, "index key");
        Canonical.required(collation, "collation of index key ", value);
        Canonical.required(opclass, "operator class of index key ", value);
    }

    public static IndexKey column(String name) {
        return new IndexKey(Kind.COLUMN, name, Optional.empty(), Optional.empty(), false, false);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(Kind.EXPRESSION, expression, Optional.empty(), Optional.empty(), false, false);
    }

    /** This key sorted descending, with PostgreSQL's default nulls order for it (NULLS FIRST). */
    public IndexKey sortedDescending() {
        return new IndexKey(kind, value, collation, opclass, true, true);
    }

    public IndexKey withNullsFirst(boolean newNullsFirst) {
        return new IndexKey(kind, value, collation, opclass, descending, newNullsFirst);
    }

    public IndexKey withOpclass(QualifiedName newOpclass) {
        return new IndexKey(kind, value, collation, Optional.of(newOpclass), descending, nullsFirst);
    }

    public IndexKey withCollation(QualifiedName newCollation) {
        return new IndexKey(kind, value, Optional.of(newCollation), opclass, descending, nullsFirst);
    }

    /** Whether the nulls order is the one PostgreSQL picks when none is written. */
    public boolean hasDefaultNullsOrder() {
        return nullsFirst == descending;
    }
}
