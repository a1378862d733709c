package dev.retort.sql;

import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a change can touch, read straight from {@code pg_catalog} as one line per fact: schemas,
 * relations, columns, constraints, indexes, sequences, enum types and table comments outside the system
 * schemas. Two snapshots are equal exactly when those facts are.
 */
final class CatalogSnapshot {

    private static final String USER_SCHEMA = " n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || quote_ident(n.nspname) FROM pg_namespace n WHERE" + USER_SCHEMA,
            "SELECT 'relation ' || c.oid::regclass || ' ' || CASE c.relkind WHEN 'r' THEN 'table' WHEN 'i'"
                    + " THEN 'index' WHEN 'S' THEN 'sequence' ELSE c.relkind::text END FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE" + USER_SCHEMA,
            "SELECT 'column ' || a.attrelid::regclass || '.' || quote_ident(a.attname) || ' '"
                    + " || format_type(a.atttypid, a.atttypmod)"
                    + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                    + " || CASE WHEN a.attgenerated = ''"
                    + " THEN coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                    + " ELSE ' generated ' || a.attgenerated::text || ' ' || pg_get_expr(d.adbin, d.adrelid) END"
                    + " || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default'"
                    + " ELSE '' END"
                    + " || CASE WHEN a.attcollation <> t.typcollation THEN ' collate ' || a.attcollation::regcollation"
                    + " ELSE '' END"
                    + " || coalesce(' comment ' || quote_literal(col_description(a.attrelid, a.attnum)), '')"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND" + USER_SCHEMA,
            // Why not contype 'n': PostgreSQL 18 records NOT NULL as constraints too; the column line has it.
            "SELECT 'constraint ' || k.conrelid::regclass || ' ' || quote_ident(k.conname) || ' '"
                    + " || pg_get_constraintdef(k.oid) FROM pg_constraint k"
                    + " JOIN pg_namespace n ON n.oid = k.connamespace"
                    + " WHERE k.conrelid <> 0 AND k.contype IN ('p', 'u', 'f', 'c') AND" + USER_SCHEMA,
            "SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
                    + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE" + USER_SCHEMA,
            "SELECT 'seq ' || s.seqrelid::regclass || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart"
                    + " || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax"
                    + " || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END"
                    + " || coalesce(' owned by ' || d.refobjid::regclass || '.' || quote_ident(a.attname)"
                    + " || ' (' || d.deptype::text || ')', '')"
                    + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid"
                    + " AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')"
                    + " LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                    + " WHERE" + USER_SCHEMA,
            "SELECT 'enum ' || t.oid::regtype || ' ' || coalesce(string_agg(quote_literal(e.enumlabel), ', '"
                    + " ORDER BY e.enumsortorder), '') FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " LEFT JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typtype = 'e' AND" + USER_SCHEMA
                    + " GROUP BY t.oid",
            "SELECT 'comment ' || c.oid::regclass || ' ' || quote_literal(obj_description(c.oid, 'pg_class'))"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE obj_description(c.oid, 'pg_class') IS NOT NULL AND" + USER_SCHEMA);

    private CatalogSnapshot() {
    }

    static Set<String> of(TestDatabase db) throws SQLException {
        Set<String> lines = new TreeSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String query : QUERIES) {
                lines.addAll(query(statement, query));
            }
        }
        return lines;
    }

    /** The first column of every row of a query, run with an empty {@code search_path}. */
    static List<String> query(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            return query(statement, sql);
        }
    }

    private static List<String> query(Statement statement, String sql) throws SQLException {
        // Why an empty search_path: regclass, regtype and format_type then qualify every name.
        statement.execute("SET search_path = ''");
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
