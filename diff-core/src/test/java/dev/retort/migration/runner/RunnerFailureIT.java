package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migrations.branched.V20261120_100000__CreateAccounts;
import db.migrations.failing.V20261121_090000__CreateAuditThenFail;
import db.migrations.failing.V20261121_090100__UniqueCodes;
import dev.retort.migration.MigrationException;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** What a failing statement leaves behind: nothing of a transactional migration, resumable progress otherwise. */
class RunnerFailureIT {

    private static final String FAILING = "9f0000000001";
    private static final String CODES = "9f0000000002";

    @PostgresTest
    void aFailingStatementRollsItsMigrationBackAndLeavesTheHistoryUnchanged(TestDatabase db) throws SQLException {
        MigrationSource failing = TestMigrations.fromSourceFile(V20261121_090000__CreateAuditThenFail.class);
        MigrationRunner runner = runner(failing);
        try (Connection connection = db.connect()) {
            runner.upgrade(connection, A);
            History before = DatabaseProbe.history(db);

            assertThatThrownBy(() -> runner.upgrade(connection, "head"))
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                        assertThat(e.category()).isEqualTo(MigrationException.Category.DATABASE);
                        assertThat(e.revision()).isEqualTo(FAILING);
                        assertThat(e.statement()).isEqualTo("ALTER TABLE public.missing ADD COLUMN x integer");
                        assertThat(e.completed()).isEmpty();
                        assertThat(e.getMessage()).isEqualTo("V20261121_090000__CreateAuditThenFail.java (revision"
                                + " 9f0000000001): upgrade failed at V20261121_090000__CreateAuditThenFail.java:"
                                + TestMigrations.lineOf(V20261121_090000__CreateAuditThenFail.class, "ops.execute(")
                                + "\n  statement: ALTER TABLE public.missing ADD COLUMN x integer"
                                + "\n  PostgreSQL: ERROR: relation \"public.missing\" does not exist"
                                + "\nThe migration was rolled back: the database and its history are as they were"
                                + " before it.");
                    });

            assertThat(DatabaseProbe.history(db)).isEqualTo(before);
            assertThat(DatabaseProbe.objects(db)).isEqualTo(Set.of("accounts.id", "accounts.name"));
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @PostgresTest
    void aFailedNonTransactionalStepIsReportedAndTheNextRunContinuesAfterIt(TestDatabase db) throws SQLException {
        MigrationSource codes = TestMigrations.fromSourceFile(V20261121_090100__UniqueCodes.class);
        MigrationRunner runner = runner(codes);
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> runner.upgrade(connection, "head"))
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                        assertThat(e.revision()).isEqualTo(CODES);
                        assertThat(e.completed()).containsExactly(A);
                        assertThat(e.getMessage()).startsWith("V20261121_090100__UniqueCodes.java (revision"
                                + " 9f0000000002): upgrade failed at V20261121_090100__UniqueCodes.java:"
                                + TestMigrations.lineOf(V20261121_090100__UniqueCodes.class, "createIndexConcurrently")
                                + "\n  statement: CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS codes_code_key ON"
                                + " public.codes USING btree (code)\n  PostgreSQL: ERROR: could not create unique"
                                + " index \"codes_code_key\"");
                        assertThat(e.getMessage()).endsWith("\n2 of 4 step(s) of this upgrade ran before and are"
                                + " recorded. Fix the cause and run upgrade again: it continues with the step that"
                                + " failed.\nCompleted before it in this run: a1b2c3d4e5f6");
                    });
            HistoryEntry partial = DatabaseProbe.history(db).entry(CODES).orElseThrow();
            assertThat(List.of(partial.state(), partial.stepsDone())).containsExactly(HistoryEntry.State.UPGRADING, 2);
            assertThat(DatabaseProbe.objects(db)).contains("codes.code", "index codes_code_key INVALID")
                    .doesNotContain("codes.note");

            db.execute("DELETE FROM public.codes WHERE ctid <> (SELECT min(ctid) FROM public.codes)");
            RecordingConnection recording = new RecordingConnection(connection);
            assertThat(runner.upgrade(recording.connection(), "head").revisions()).containsExactly(CODES);

            assertThat(recording.executed()).containsExactly(
                    "SET lock_timeout = '5s'",
                    "DROP INDEX CONCURRENTLY IF EXISTS public.codes_code_key",
                    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS codes_code_key ON public.codes USING btree (code)",
                    "RESET lock_timeout",
                    DatabaseProbe.HISTORY.recordStatement(CODES, codes.checksum(), HistoryEntry.State.UPGRADING, 3),
                    "BEGIN",
                    "SET LOCAL lock_timeout = '5s'",
                    "ALTER TABLE public.codes ADD COLUMN note text",
                    DatabaseProbe.HISTORY.recordStatement(CODES, codes.checksum(), HistoryEntry.State.APPLIED, 0),
                    "COMMIT");
            assertThat(DatabaseProbe.objects(db)).isEqualTo(Set.of("accounts.id", "accounts.name", "codes.code",
                    "codes.note", "index codes_code_key valid"));
            assertThat(DatabaseProbe.history(db).partial()).isEmpty();
        }
    }

    private static MigrationRunner runner(MigrationSource second) {
        return new MigrationRunner(RevisionGraph.of(List.of(
                TestMigrations.fromSourceFile(V20261120_100000__CreateAccounts.class), second)),
                RunnerSettings.defaults());
    }
}
