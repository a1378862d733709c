package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migrations.branched.V20261120_100000__CreateAccounts;
import db.migrations.branched.V20261120_100100__AddAccountEmail;
import db.migrations.gated.V20261122_080000__DropAccountEmail;
import db.migrations.gated.V20261122_080000__DropAccountEmailAccepted;
import db.migrations.gated.V20261122_080100__AddAccountCode;
import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardFinding;
import dev.retort.hazard.HazardRules;
import dev.retort.hazard.TableStats;
import dev.retort.migration.CallSite;
import dev.retort.migration.Migration;
import dev.retort.migration.MigrationException;
import dev.retort.migration.history.History;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The gate: unaccepted blocking hazards and incomplete operations refuse a run before anything runs. */
class HazardGateIT {

    private static final String DROP = "7d0000000001";
    private static final Set<String> ACCOUNTS_WITHOUT_EMAIL = Set.of("accounts.id", "accounts.name");

    @PostgresTest
    void anUnacceptedDataLossRefusesTheRunBeforeAnythingRuns(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            MigrationRunner runner = runner(V20261122_080000__DropAccountEmail.class, false);
            assertThatThrownBy(() -> runner.upgrade(connection, "head"))
                    .isInstanceOfSatisfying(HazardRefusedException.class, e -> {
                        assertThat(e.category()).isEqualTo(MigrationException.Category.REFUSED);
                        assertThat(e.refusals()).containsExactly(new HazardRefusal(
                                "V20261122_080000__DropAccountEmail.java", DROP, "drop_column public.accounts.email",
                                Hazard.DATA_LOSS, dataLossExplanation(db.majorVersion()),
                                Optional.of(new CallSite("V20261122_080000__DropAccountEmail.java",
                                        TestMigrations.lineOf(V20261122_080000__DropAccountEmail.class,
                                                "ops.dropColumn(")))));
                        assertThat(e.getMessage()).endsWith("After review, accept each on its operation with"
                                + " .accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards.");
                    });
        }
        assertThat(DatabaseProbe.history(db)).isEqualTo(History.none());
        assertThat(DatabaseProbe.objects(db)).isEmpty();
    }

    @PostgresTest
    void theSameMigrationRunsOnceItAcceptsTheHazard(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            RunResult result = runner(V20261122_080000__DropAccountEmailAccepted.class, false)
                    .upgrade(connection, "head");

            assertThat(result.revisions()).containsExactly(A, B, DROP);
            assertThat(result.assessed().get(2).flags()).contains(Hazard.DATA_LOSS);
        }
        assertThat(DatabaseProbe.revisions(db)).isEqualTo(Set.of(A, B, DROP));
        assertThat(DatabaseProbe.objects(db)).isEqualTo(ACCOUNTS_WITHOUT_EMAIL);
    }

    @PostgresTest
    void acceptingEveryHazardRunsItAndADowngradeIsReportedButNotGated(TestDatabase db) throws SQLException {
        List<String> reported = new ArrayList<>();
        RunnerListener listener = new RunnerListener() {
            @Override
            public void assessed(Direction direction, List<AssessedStep> steps) {
                steps.stream().filter(s -> s.flags().contains(Hazard.DATA_LOSS))
                        .forEach(s -> reported.add(direction + " " + s.operation()));
            }
        };
        try (Connection connection = db.connect()) {
            new MigrationRunner(TestMigrations.graph(sources(V20261122_080000__DropAccountEmail.class)),
                    RunnerSettings.defaults().withAcceptHazards(true), listener).upgrade(connection, "head");
            assertThat(DatabaseProbe.objects(db)).isEqualTo(ACCOUNTS_WITHOUT_EMAIL);

            new MigrationRunner(TestMigrations.graph(sources(V20261122_080000__DropAccountEmail.class)),
                    RunnerSettings.defaults(), listener).downgrade(connection, A);
        }
        assertThat(reported).containsExactly("UPGRADE drop_column public.accounts.email",
                "DOWNGRADE drop_column public.accounts.email");
        assertThat(DatabaseProbe.revisions(db)).isEqualTo(Set.of(A));
    }

    @PostgresTest
    void aBackfillPlaceholderRefusesNamingItsLineEvenWhenHazardsAreAccepted(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> runner(V20261122_080100__AddAccountCode.class, true).upgrade(connection, "head"))
                    .isInstanceOfSatisfying(IncompleteMigrationException.class, e -> {
                        assertThat(e.category()).isEqualTo(MigrationException.Category.INVALID);
                        assertThat(e.problems()).containsExactly("V20261122_080100__AddAccountCode.java:"
                                + TestMigrations.lineOf(V20261122_080100__AddAccountCode.class, "backfillToBeWritten")
                                + " (revision 7d0000000002, upgrade) backfill: The backfill of public.accounts.code"
                                + " has no value yet: write the value (an SQL expression) that existing rows get"
                                + " before the column becomes NOT NULL.");
                    });
        }
        assertThat(DatabaseProbe.history(db)).isEqualTo(History.none());
        assertThat(DatabaseProbe.objects(db)).isEmpty();
    }

    @PostgresTest
    void incompleteWinsOverUnacceptedHazards(TestDatabase db) throws SQLException {
        MigrationRunner runner = runner(V20261122_080100__AddAccountCode.class, false);
        try (Connection connection = db.connect()) {
            runner.upgrade(connection, B);
            db.execute("INSERT INTO public.accounts (id) VALUES (1); ANALYZE public.accounts");
            Change setNotNull = new Change.SetNotNull(QualifiedName.of("public", "accounts"), "code");
            assertThat(HazardRules.flags(setNotNull, new HazardContext(false, new TableStats(1, 1),
                    db.majorVersion(), Optional.empty())).stream().filter(h -> h.blocks(true)))
                    .contains(Hazard.MAY_FAIL_ON_DATA);

            assertThatThrownBy(() -> runner.upgrade(connection, "head"))
                    .isInstanceOf(IncompleteMigrationException.class);
        }
        assertThat(DatabaseProbe.revisions(db)).isEqualTo(Set.of(A, B));
    }

    private static MigrationRunner runner(Class<? extends Migration> third, boolean acceptHazards) {
        return new MigrationRunner(TestMigrations.graph(sources(third)),
                RunnerSettings.defaults().withAcceptHazards(acceptHazards));
    }

    private static List<dev.retort.migration.graph.MigrationSource> sources(Class<? extends Migration> third) {
        return List.of(TestMigrations.fromSourceFile(V20261120_100000__CreateAccounts.class),
                TestMigrations.fromSourceFile(V20261120_100100__AddAccountEmail.class),
                TestMigrations.fromSourceFile(third));
    }

    private static String dataLossExplanation(int serverMajorVersion) {
        Change drop = new Change.DropColumn(QualifiedName.of("public", "accounts"), Column.of("email", "text"));
        return HazardRules.assess(drop, HazardContext.existingTable(serverMajorVersion)).stream()
                .filter(f -> f.hazard() == Hazard.DATA_LOSS).map(HazardFinding::explanation).findFirst()
                .orElseThrow();
    }
}
