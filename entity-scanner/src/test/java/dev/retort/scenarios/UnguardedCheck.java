package dev.retort.scenarios;

import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardRules;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import dev.retort.sql.ChangeSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;

/**
 * Proves that a step flagged {@code MAY_FAIL_ON_DATA} really fails on the seeded rows when run unguarded: the
 * steps before it, then its unguarded statement (for a column added in the add, backfill, set-not-null safe
 * shape, the plain NOT NULL add it replaces), in one transaction that is rolled back. The failure must be a
 * data error (SQLSTATE class 22) or a constraint violation (class 23), not a mistake in the SQL.
 */
final class UnguardedCheck {

    private UnguardedCheck() {
    }

    static void run(Connection connection, MigrationPlan plan, String selector, String scenario, SoftAssertions softly)
            throws SQLException {
        int index = PlanLines.find(plan, selector);
        Change unguarded = unguarded(plan, index);
        String what = scenario + ": unguarded " + selector;
        softly.assertThat(HazardRules.flags(unguarded, HazardContext.existingTable(plan.context()
                .serverMajorVersion()))).as(what + " is flagged").contains(Hazard.MAY_FAIL_ON_DATA);
        Optional<SQLException> failure = failure(connection, plan.steps().subList(0, index), ChangeSql.statements(unguarded));
        softly.assertThat(failure.map(SQLException::getSQLState).orElse("no failure"))
                .as(what + " fails on the seeded rows (%s)", failure.map(Throwable::getMessage).orElse(""))
                .matches("2[23]...");
    }

    /** The change as the comparator meant it, before a safe shape split it. */
    private static Change unguarded(MigrationPlan plan, int index) {
        Change change = plan.steps().get(index).change();
        if (change instanceof Change.AddColumn add) {
            boolean shaped = plan.steps().stream().anyMatch(s -> s.change() instanceof Change.Backfill b
                    && b.table().equals(add.table()) && b.column().equals(add.column().name()));
            return shaped ? new Change.AddColumn(add.table(), add.column().withNullable(false)) : change;
        }
        return change;
    }

    private static Optional<SQLException> failure(Connection connection, List<PlannedChange> before,
                                                  List<String> sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (PlannedChange step : before) {
                    for (String earlier : step.sql()) {
                        statement.execute(earlier);
                    }
                }
                try {
                    for (String unguarded : sql) {
                        statement.execute(unguarded);
                    }
                    return Optional.empty();
                } catch (SQLException e) {
                    return Optional.of(e);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
