package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static org.assertj.core.api.Assertions.assertThat;

import db.migrations.branched.V20261120_100000__CreateAccounts;
import db.migrations.branched.V20261120_100100__AddAccountEmail;
import db.migrations.gated.V20261122_080000__DropAccountEmailAccepted;
import db.migrations.gated.V20261122_080100__AddAccountCode;
import dev.retort.hazard.HazardFinding;
import dev.retort.migration.Migration;
import dev.retort.migration.history.History;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review: the gate's assessment of pending (or chosen) migrations, without refusing or running anything. */
class MigrationReviewIT {

    private static final String CODE = "7d0000000002";
    private static final String DROP = "7d0000000001";

    @PostgresTest
    void pendingMigrationsAreAssessedAsOneRunLikeTheGateAndNothingRuns(TestDatabase db) throws SQLException {
        MigrationReview review = review(V20261122_080100__AddAccountCode.class);
        try (Connection connection = db.connect()) {
            // Why nothing blocks the NOT NULL here: accounts is created earlier in the same run, so it is empty.
            assertThat(summary(review.pending(connection))).containsExactly(
                    A + ": create_table public.accounts []",
                    B + ": add_column public.accounts.email []",
                    CODE + ": add_column public.accounts.code []; backfill public.accounts.code [NEEDS_HUMAN_INPUT]; set_not_null"
                            + " public.accounts.code [] incomplete 1");

            new MigrationRunner(review.graph(), RunnerSettings.defaults()).upgrade(connection, B);
            db.execute("INSERT INTO public.accounts (id, name) VALUES (1, 'a')");
            assertThat(summary(review.pending(connection))).containsExactly(CODE + ": add_column public.accounts.code"
                    + " []; backfill public.accounts.code [NEEDS_HUMAN_INPUT]; set_not_null public.accounts.code [BLOCKS_READS_WRITES,"
                    + " MAY_FAIL_ON_DATA] incomplete 1");
        }
        assertThat(DatabaseProbe.revisions(db)).containsExactlyInAnyOrder(A, B);
    }

    @PostgresTest
    void eachRevisionOnItsOwnMeetsTablesOfUnknownSizeOffline(TestDatabase db) throws SQLException {
        MigrationReview review = review(V20261122_080100__AddAccountCode.class);
        assertThat(summary(review.each(List.of(CODE), Optional.empty()))).containsExactly(CODE
                + ": add_column public.accounts.code []; backfill public.accounts.code [NEEDS_HUMAN_INPUT]; set_not_null"
                + " public.accounts.code [BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA] incomplete 1");
        try (Connection connection = db.connect()) {
            assertThat(summary(review.each(List.of(B, A), Optional.of(connection)))).containsExactly(
                    A + ": create_table public.accounts []", B + ": add_column public.accounts.email []");
        }
        assertThat(DatabaseProbe.history(db)).isEqualTo(History.none());
    }

    @PostgresTest
    void anAcceptedHazardIsNotCountedAsUnaccepted(TestDatabase db) throws SQLException {
        MigrationReview review = review(V20261122_080000__DropAccountEmailAccepted.class);
        List<ReviewedMigration> reviewed = review.each(List.of(DROP), Optional.empty());
        assertThat(summary(reviewed)).containsExactly(DROP + ": drop_column public.accounts.email []");
        AssessedStep drop = reviewed.get(0).steps().get(0);
        assertThat(drop.step().accepted()).containsOnlyKeys(dev.retort.hazard.Hazard.DATA_LOSS);
        assertThat(drop.findings().stream().map(HazardFinding::hazard).toList())
                .contains(dev.retort.hazard.Hazard.DATA_LOSS);
        assertThat(reviewed.get(0).blockingUnaccepted()).isZero();
    }

    private static MigrationReview review(Class<? extends Migration> third) {
        return new MigrationReview(TestMigrations.graph(List.of(
                TestMigrations.fromSourceFile(V20261120_100000__CreateAccounts.class),
                TestMigrations.fromSourceFile(V20261120_100100__AddAccountEmail.class),
                TestMigrations.fromSourceFile(third))), RunnerSettings.defaults());
    }

    /** {@code REV: operation [unaccepted blocking flags]; ...} and the count of incomplete operations, if any. */
    private static List<String> summary(List<ReviewedMigration> reviewed) {
        List<String> lines = new ArrayList<>();
        for (ReviewedMigration migration : reviewed) {
            String steps = migration.steps().stream().map(s -> s.operation() + " " + s.unaccepted(false).stream()
                    .map(f -> f.hazard().name()).sorted().toList()).collect(Collectors.joining("; "));
            String incomplete = migration.incomplete().isEmpty() ? "" : " incomplete " + migration.incomplete().size();
            lines.add(migration.migration().path().revision() + ": " + steps + incomplete);
        }
        return lines;
    }
}
