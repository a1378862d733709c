package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static dev.retort.migration.runner.TestMigrations.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migrations.data.DataMigration;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.Migration;
import dev.retort.migration.MigrationException;
import dev.retort.migration.Operations;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Offline SQL over explicit ranges, with no database: the exact statements, transactions and history writes. */
class OfflineSqlTest {

    private static final String HISTORY_DDL = "CREATE TABLE IF NOT EXISTS public.retort_history (revision text"
            + " PRIMARY KEY, checksum text, applied_at timestamp with time zone NOT NULL DEFAULT now(), applied_by"
            + " text NOT NULL DEFAULT current_user, state text NOT NULL DEFAULT 'applied' CHECK (state IN"
            + " ('applied', 'upgrading', 'downgrading')), steps_done integer NOT NULL DEFAULT 0)";

    private final RevisionGraph graph = TestMigrations.graph(TestMigrations.branched());
    private final MigrationRunner runner = new MigrationRunner(graph, RunnerSettings.defaults());

    @Test
    void upgradesFromBaseInOneTransactionPerMigrationCreatingTheHistoryFirst() {
        assertThat(runner.upgradeSql("base:b1")).containsExactly(
                "BEGIN",
                "SET LOCAL lock_timeout = '5s'",
                """
                        CREATE TABLE public.accounts (
                            id bigint NOT NULL,
                            name text,
                            CONSTRAINT accounts_pkey PRIMARY KEY (id)
                        )""",
                HISTORY_DDL,
                record(A, "applied", 0),
                "COMMIT",
                "BEGIN",
                "SET LOCAL lock_timeout = '5s'",
                "ALTER TABLE public.accounts ADD COLUMN email text",
                record(B, "applied", 0),
                "COMMIT");
    }

    @Test
    void runsAConcurrentIndexBuildOnItsOwnAndRecordsProgressAfterEachPart() {
        assertThat(new MigrationRunner(graph, RunnerSettings.defaults().withLockTimeout(Duration.ofMillis(2500)))
                .upgradeSql("c1:+1")).containsExactly(
                "BEGIN",
                "SET LOCAL lock_timeout = '2500ms'",
                "COMMENT ON TABLE public.orders IS 'orders of accounts'",
                record(D, "upgrading", 1),
                "COMMIT",
                "SET lock_timeout = '2500ms'",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_account_id_idx ON public.orders USING btree"
                        + " (account_id)",
                "RESET lock_timeout",
                record(D, "applied", 0));
    }

    @Test
    void downgradesWithDeletesAndIdempotentConcurrentDrops() {
        assertThat(runner.downgradeSql("c9:b1")).containsExactly(
                "SET lock_timeout = '5s'",
                "DROP INDEX CONCURRENTLY IF EXISTS public.orders_account_id_idx",
                "RESET lock_timeout",
                record(D, "downgrading", 1),
                "BEGIN",
                "SET LOCAL lock_timeout = '5s'",
                "COMMENT ON TABLE public.orders IS NULL",
                "DELETE FROM public.retort_history WHERE revision = 'c9d8e7f6a5b4'",
                "COMMIT",
                "BEGIN",
                "SET LOCAL lock_timeout = '5s'",
                "DROP TABLE public.orders",
                "DELETE FROM public.retort_history WHERE revision = 'c1d2e3f4a5b6'",
                "COMMIT");
    }

    @Test
    void showsJdbcStepsAsCommentsAndRendersAScript() {
        MigrationSource data = new MigrationSource("d0d0d0d0d0d0", List.of(), "data", "2026-11-20T10:00:00Z",
                Optional.empty(), "DataMigration.java", DataMigration::new);
        List<String> statements = new MigrationRunner(RevisionGraph.of(List.of(data)), RunnerSettings.defaults())
                .upgradeSql("base:head");

        assertThat(OfflineSql.toText(statements)).isEqualTo("""
                BEGIN;
                SET LOCAL lock_timeout = '5s';
                -- JDBC step "copy names" at DataMigration.java:%d of revision d0d0d0d0d0d0 runs here (Java code, \
                not shown as SQL)
                %s;
                INSERT INTO public.retort_history (revision, checksum, state, steps_done) VALUES ('d0d0d0d0d0d0', \
                NULL, 'applied', 0) ON CONFLICT (revision) DO UPDATE SET checksum = EXCLUDED.checksum, state = \
                EXCLUDED.state, steps_done = EXCLUDED.steps_done, applied_at = now(), applied_by = current_user;
                COMMIT;
                """.formatted(TestMigrations.lineOf(DataMigration.class, "ops.jdbc("), HISTORY_DDL));
    }

    @Test
    void anIrreversibleDowngradeRefusesBeforeAnythingIsPrinted() {
        MigrationSource irreversible = new MigrationSource("d1d1d1d1d1d1", List.of(), "drop", "2026-11-20T10:00:00Z",
                Optional.empty(), "Drop.java", () -> new Migration() {
                    @Override
                    public void upgrade(Operations ops) {
                        ops.execute("DROP TABLE public.legacy");
                    }

                    @Override
                    public void downgrade(Operations ops) {
                        throw new IrreversibleMigrationException("the dropped rows cannot come back");
                    }
                });
        MigrationRunner runner = new MigrationRunner(RevisionGraph.of(List.of(irreversible)),
                RunnerSettings.defaults());

        assertThatThrownBy(() -> runner.downgradeSql("head:base"))
                .isInstanceOfSatisfying(MigrationStateException.class, e -> assertThat(e.category())
                        .isEqualTo(MigrationException.Category.INVALID))
                .hasMessage("Drop.java (revision d1d1d1d1d1d1): its downgrade refuses, nothing was run: the dropped"
                        + " rows cannot come back");
    }

    private String record(String revision, String state, int steps) {
        return "INSERT INTO public.retort_history (revision, checksum, state, steps_done) VALUES ('" + revision
                + "', '" + graph.get(revision).checksum().orElseThrow() + "', '" + state + "', " + steps
                + ") ON CONFLICT (revision) DO UPDATE SET checksum = EXCLUDED.checksum, state = EXCLUDED.state,"
                + " steps_done = EXCLUDED.steps_done, applied_at = now(), applied_by = current_user";
    }
}
