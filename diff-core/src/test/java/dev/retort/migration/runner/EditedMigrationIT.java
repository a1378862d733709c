package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.A;
import static dev.retort.migration.runner.TestMigrations.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.MigrationException;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.SourceChecksum;
import dev.retort.migration.history.History;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A migration whose source changed after it was applied is reported, refused by upgrade, and re-stampable. */
class EditedMigrationIT {

    @PostgresTest
    void upgradeRefusesAnEditedAppliedMigrationUntilItIsStampedAgain(TestDatabase db) throws SQLException {
        List<MigrationSource> original = TestMigrations.branched().subList(0, 2);
        MigrationSource editedA = withChecksum(original.get(0), SourceChecksum.of("// edited after it was applied"));
        List<MigrationSource> edited = List.of(editedA, original.get(1));
        MigrationRunner before = new MigrationRunner(TestMigrations.graph(original), RunnerSettings.defaults());
        MigrationRunner after = new MigrationRunner(TestMigrations.graph(edited), RunnerSettings.defaults());
        try (Connection connection = db.connect()) {
            before.upgrade(connection, A);
            History applied = DatabaseProbe.history(db);

            assertThat(after.status(connection).edited()).containsExactly(A);
            assertThat(before.status(connection).edited()).isEmpty();
            assertThatThrownBy(() -> after.upgrade(connection, "head"))
                    .isInstanceOfSatisfying(EditedMigrationException.class, e -> {
                        assertThat(e.category()).isEqualTo(MigrationException.Category.INVALID);
                        assertThat(e.revisions()).containsExactly(A);
                        assertThat(e.getMessage()).isEqualTo("migration(s) changed after they were applied:"
                                + " V20261120_100000__CreateAccounts.java (revision a1b2c3d4e5f6). Undo the change"
                                + " (write a new migration instead), or, if the database already matches the edited"
                                + " source, stamp it again");
                    });
            assertThat(DatabaseProbe.history(db)).isEqualTo(applied);

            assertThat(after.stamp(connection, A)).isEqualTo(new StampResult(List.of(), List.of(A)));
            assertThat(DatabaseProbe.history(db).entry(A).orElseThrow().checksum()).isEqualTo(editedA.checksum());
            assertThat(after.upgrade(connection, "head").revisions()).containsExactly(B);
            assertThat(after.status(connection).edited()).isEmpty();
        }
    }

    @PostgresTest
    void migrationsAppliedWithoutSourcesAreNeverReportedAsEdited(TestDatabase db) throws SQLException {
        List<MigrationSource> withoutChecksums = TestMigrations.branched().subList(0, 2).stream()
                .map(s -> withChecksum(s, null)).toList();
        try (Connection connection = db.connect()) {
            new MigrationRunner(TestMigrations.graph(withoutChecksums), RunnerSettings.defaults())
                    .upgrade(connection, A);
            MigrationRunner withSources = new MigrationRunner(TestMigrations.graph(TestMigrations.branched()),
                    RunnerSettings.defaults());

            assertThat(DatabaseProbe.history(db).entry(A).orElseThrow().checksum()).isEmpty();
            assertThat(withSources.status(connection).edited()).isEmpty();
            assertThat(withSources.upgrade(connection, B).revisions()).containsExactly(B);
        }
    }

    private static MigrationSource withChecksum(MigrationSource source, String checksum) {
        return new MigrationSource(source.id(), source.parents(), source.message(), source.created(),
                Optional.ofNullable(checksum), source.location(), source.factory());
    }
}
