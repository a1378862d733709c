package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Table size estimates read from pg_class, checked against what the server itself reports. */
class TableStatsReaderIT {

    @PostgresTest
    void estimatesComeFromTheStatisticsAndAreUnknownBeforeTheFirstAnalyze(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA sales;
                CREATE SCHEMA other;
                CREATE TABLE public.never_analyzed (id integer);
                INSERT INTO public.never_analyzed SELECT g FROM generate_series(1, 500) g;
                CREATE TABLE public.analyzed (id integer, note text);
                INSERT INTO public.analyzed SELECT g, repeat('x', 100) FROM generate_series(1, 2000) g;
                ANALYZE public.analyzed;
                CREATE TABLE sales.empty_analyzed (id integer);
                ANALYZE sales.empty_analyzed;
                CREATE TABLE sales.parted (id integer) PARTITION BY RANGE (id);
                CREATE TABLE sales.parted_low PARTITION OF sales.parted FOR VALUES FROM (0) TO (10);
                CREATE TABLE other.ignored (id integer);
                """);
        Map<QualifiedName, TableStats> stats;
        try (Connection connection = db.connect()) {
            stats = TableStatsReader.read(connection, List.of("public", "sales"));
        }
        assertThat(stats).isEqualTo(Map.of(
                name("public", "never_analyzed"), TableStats.UNKNOWN,
                name("public", "analyzed"), new TableStats(2000, pages(db, "public.analyzed")),
                name("sales", "empty_analyzed"), TableStats.empty(),
                name("sales", "parted"), TableStats.UNKNOWN));
        assertThat(pages(db, "public.analyzed")).isGreaterThan(1);
    }

    @PostgresTest
    void anAnalyzedTableWithRowsMayHaveRowsAndAnEmptyOneMayNot(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE TABLE public.full_table (id integer);
                INSERT INTO public.full_table VALUES (1), (2), (3);
                CREATE TABLE public.empty_table (id integer);
                ANALYZE;
                """);
        try (Connection connection = db.connect()) {
            Map<QualifiedName, TableStats> stats = TableStatsReader.read(connection, List.of("public"));
            assertThat(stats.get(name("public", "full_table"))).isEqualTo(new TableStats(3, 1));
            assertThat(stats.get(name("public", "full_table")).mayHaveRows()).isTrue();
            assertThat(stats.get(name("public", "empty_table")).mayHaveRows()).isFalse();
        }
    }

    /** The table's size in pages, as the server computes it from the relation's files. */
    private static long pages(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_relation_size('" + table
                     + "') / current_setting('block_size')::bigint")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
