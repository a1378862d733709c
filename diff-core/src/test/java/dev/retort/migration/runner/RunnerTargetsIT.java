package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static dev.retort.migration.runner.TestMigrations.C;
import static dev.retort.migration.runner.TestMigrations.D;
import static dev.retort.migration.runner.TestMigrations.E;
import static dev.retort.migration.runner.TestMigrations.G;
import static dev.retort.migration.runner.TestMigrations.M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.graph.RevisionException;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Upgrade, downgrade and stamp to every kind of target over a graph with a branch and a merge. */
class RunnerTargetsIT {

    private static final Map<String, Set<String>> OBJECTS = Map.of(
            A, Set.of("accounts.id", "accounts.name"),
            B, Set.of("accounts.email"),
            C, Set.of("orders.id", "orders.account_id"),
            D, Set.of("index orders_account_id_idx valid"),
            E, Set.of("tags.id", "tags.label"),
            M, Set.of(),
            G, Set.of("tags.color"));

    private final MigrationRunner merged = new MigrationRunner(TestMigrations.graph(TestMigrations.branched()),
            RunnerSettings.defaults());
    private final MigrationRunner unmerged = new MigrationRunner(TestMigrations.graph(TestMigrations.unmerged()),
            RunnerSettings.defaults());

    @PostgresTest
    void upgradesToHeadAndDowngradesToBase(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(merged.upgrade(connection, "head").revisions()).containsExactly(A, B, C, D, E, M, G);
            assertAt(db, A, B, C, D, E, M, G);

            assertThat(merged.upgrade(connection, "head").revisions()).isEmpty();
            assertThat(merged.downgrade(connection, "base").revisions()).containsExactly(G, M, E, D, C, B, A);
            assertAt(db);
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @PostgresTest
    void walksWithRelativeTargetsFullIdsAndPrefixes(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(merged.upgrade(connection, "+1").revisions()).containsExactly(A);
            assertThat(merged.upgrade(connection, "+1").revisions()).containsExactly(B);
            assertThatThrownBy(() -> merged.upgrade(connection, "+1"))
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(RevisionException.Problem.RELATIVE_STEP));
            assertThat(merged.upgrade(connection, "c1+1").revisions()).containsExactly(C, D);
            assertAt(db, A, B, C, D);

            assertThat(merged.downgrade(connection, "-1").revisions()).containsExactly(D);
            assertThat(merged.downgrade(connection, A).revisions()).containsExactly(C, B);
            assertAt(db, A);

            assertThat(merged.upgrade(connection, "e1").revisions()).containsExactly(B, E);
            assertThat(merged.upgrade(connection, "head-1").revisions()).containsExactly(C, D, M);
            assertAt(db, A, B, C, D, E, M);
            assertThat(merged.downgrade(connection, "base+1").revisions()).containsExactly(M, E, D, C, B);
            assertAt(db, A);
        }
    }

    @PostgresTest
    void upgradesEveryBranchToHeadsAndDowngradesOneBranchAtATime(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> unmerged.upgrade(connection, "head"))
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(RevisionException.Problem.MULTIPLE_HEADS));
            assertAt(db);
            assertThat(unmerged.upgrade(connection, "heads").revisions()).containsExactly(A, B, C, D, E);
            assertThat(unmerged.status(connection).currentHeads()).containsExactly(D, E);

            assertThat(merged.upgrade(connection, "head").revisions()).containsExactly(M, G);
            assertThat(merged.downgrade(connection, "c9d8").revisions()).containsExactly(G, M);
            assertAt(db, A, B, C, D, E);
            assertThatThrownBy(() -> merged.downgrade(connection, "-1"))
                    .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(e.problem())
                            .isEqualTo(RevisionException.Problem.MULTIPLE_HEADS));

            assertThat(merged.downgrade(connection, C).revisions()).containsExactly(D);
            assertAt(db, A, B, C, E);
            assertThat(merged.downgrade(connection, E + "-1").revisions()).containsExactly(E, C);
            assertAt(db, A, B);
        }
    }

    @PostgresTest
    void stampsToEveryKindOfTargetWithoutRunningMigrations(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            merged.upgrade(connection, "e1");
            assertAt(db, A, B, E);

            assertThat(merged.stamp(connection, "base")).isEqualTo(new StampResult(List.of(A, B, E), List.of()));
            assertThat(DatabaseProbe.revisions(db)).isEmpty();
            assertThat(merged.stamp(connection, E)).isEqualTo(new StampResult(List.of(), List.of(A, B, E)));
            assertAt(db, A, B, E);

            assertThat(merged.upgrade(connection, "heads").revisions()).containsExactly(C, D, M, G);
            assertThat(merged.stamp(connection, "heads")).isEqualTo(new StampResult(List.of(), List.of()));
            assertThat(merged.stamp(connection, "-1")).isEqualTo(new StampResult(List.of(G), List.of()));
            assertThat(DatabaseProbe.revisions(db)).isEqualTo(Set.of(A, B, C, D, E, M));
            assertThat(merged.stamp(connection, "head")).isEqualTo(new StampResult(List.of(), List.of(G)));
            assertAt(db, A, B, C, D, E, M, G);
        }
    }

    /** The history holds exactly these revisions, complete, and the schema holds exactly what they create. */
    private static void assertAt(TestDatabase db, String... revisions) throws SQLException {
        Set<String> expected = new TreeSet<>();
        for (String revision : revisions) {
            expected.addAll(OBJECTS.get(revision));
        }
        assertThat(DatabaseProbe.revisions(db)).isEqualTo(Set.of(revisions));
        assertThat(DatabaseProbe.history(db).entries()).allSatisfy(entry -> assertThat(entry.state())
                .isEqualTo(HistoryEntry.State.APPLIED));
        assertThat(DatabaseProbe.objects(db)).isEqualTo(expected);
    }
}
