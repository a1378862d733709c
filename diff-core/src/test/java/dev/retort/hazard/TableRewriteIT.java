package dev.retort.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rewrite facts behind TABLE_REWRITE, checked on the server: for each sampled change a table with three rows
 * is built, its {@code pg_class.relfilenode} read, the change's statements run, and the relfilenode read again.
 * A new relfilenode means PostgreSQL rewrote the table. The rules must flag TABLE_REWRITE exactly then.
 */
class TableRewriteIT {

    @PostgresTest
    void tableRewriteIsFlaggedExactlyWhenTheServerRewritesTheTable(TestDatabase db) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        int applied = 0;
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            // Why: timestamp <-> timestamptz rewrites only outside UTC (PG 12+). The rules cannot know the time
            // zone of the session that applies a migration, so they assume the worst case, tested here.
            statement.execute("SET TimeZone = 'America/New_York'");
            for (RewriteSample sample : RewriteSamples.all()) {
                if (db.majorVersion() < sample.minimumVersion()) {
                    continue;
                }
                boolean flagged = HazardRules.flags(sample.change(), HazardContext.existingTable(db.majorVersion()))
                        .contains(Hazard.TABLE_REWRITE);
                boolean rewritten = rewrites(statement, sample);
                applied++;
                if (flagged != sample.rewrites() || rewritten != sample.rewrites()) {
                    mismatches.add(sample + ": expected rewrite " + sample.rewrites() + ", flagged " + flagged
                            + ", server rewrote " + rewritten);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(applied).isEqualTo(db.majorVersion() >= 18 ? RewriteSamples.all().size()
                : RewriteSamples.all().size() - 1);
    }

    @PostgresTest
    void theSamplesCoverBothOutcomesForTypeChangesAndAddedColumns(TestDatabase db) {
        List<String> rewriting = RewriteSamples.all().stream().filter(RewriteSample::rewrites)
                .map(sample -> sample.change().op()).distinct().toList();
        List<String> keeping = RewriteSamples.all().stream().filter(sample -> !sample.rewrites())
                .map(sample -> sample.change().op()).distinct().toList();
        assertThat(rewriting).containsExactlyInAnyOrder("alter_column_type", "add_column");
        assertThat(keeping).contains("alter_column_type", "add_column", "set_default", "drop_default",
                "drop_not_null", "set_not_null", "add_check", "rename_column", "add_identity");
        assertThat(db.majorVersion()).isGreaterThanOrEqualTo(14);
    }

    private static boolean rewrites(Statement statement, RewriteSample sample) throws SQLException {
        statement.execute("DROP SCHEMA IF EXISTS work CASCADE");
        statement.execute("CREATE SCHEMA work");
        for (String setup : sample.setup()) {
            statement.execute(setup);
        }
        statement.execute("CREATE TABLE work.t (id integer NOT NULL, c " + sample.columnDefinition() + ")");
        statement.execute("INSERT INTO work.t SELECT g, " + sample.value() + " FROM generate_series(1, 3) g");
        long before = relfilenode(statement);
        for (String sql : SampleStatements.of(sample.change())) {
            statement.execute(sql);
        }
        return relfilenode(statement) != before;
    }

    private static long relfilenode(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 'work.t'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
