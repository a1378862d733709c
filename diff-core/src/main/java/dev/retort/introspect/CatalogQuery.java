package dev.retort.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalog queries, one per object kind, each kept as a {@code .sql} resource beside this class. Each takes
 * the managed schema names as its only parameter, a text array.
 */
enum CatalogQuery {
    SCHEMAS("schemas.sql"),
    ENUMS("enums.sql"),
    SEQUENCES("sequences.sql"),
    TABLES("tables.sql"),
    COLUMNS("columns.sql"),
    CONSTRAINTS("constraints.sql"),
    INDEXES("indexes.sql"),
    TABLE_STATS("table_stats.sql");

    /** Where a query embeds the shared definition of the managed tables (managed_tables.sql). */
    private static final String MANAGED_TABLES = "{{managed_tables}}";

    private final String sql;

    CatalogQuery(String resource) {
        this.sql = load(resource).replace(MANAGED_TABLES, load("managed_tables.sql"));
    }

    String sql() {
        return sql;
    }

    private static String load(String resource) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query resource " + resource, e);
        }
    }
}
