package dev.retort.migration.runner;

import static dev.retort.migration.runner.TestMigrations.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Offline SQL for a range equals, statement for statement, what the runner executes over that range. */
class OfflineSqlIT {

    private final MigrationRunner runner = new MigrationRunner(TestMigrations.graph(TestMigrations.branched()),
            RunnerSettings.defaults());

    @PostgresTest
    void upgradeAndDowngradeExecuteExactlyTheirOfflineSql(TestDatabase db) throws SQLException {
        List<String> offlineUp = runner.upgradeSql("base:head");
        List<String> offlineDown = runner.downgradeSql("head:b1");
        try (Connection connection = db.connect()) {
            RecordingConnection up = new RecordingConnection(connection);
            runner.upgrade(up.connection(), "head");
            RecordingConnection down = new RecordingConnection(connection);
            runner.downgrade(down.connection(), B);

            assertThat(up.executed()).isEqualTo(offlineUp);
            assertThat(down.executed()).isEqualTo(offlineDown);
            assertThat(offlineUp).hasSize(39);
            assertThat(offlineDown).hasSize(28);
        }
    }

    @PostgresTest
    void sqlReadFromTheDatabaseEqualsTheOfflineRangeFromWhereItIs(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            runner.upgrade(connection, "e1");
            List<String> live = runner.upgradeSql(connection, "head");

            assertThat(live).isEqualTo(runner.upgradeSql("e1:head"));
            assertThat(DatabaseProbe.revisions(db)).hasSize(3);
        }
    }
}
