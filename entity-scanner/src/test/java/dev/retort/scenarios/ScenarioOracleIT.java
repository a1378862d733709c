package dev.retort.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * The scenario oracle: every before → after entity scenario of the test fixtures is built, planned, compared
 * with its expectation, migrated, compared with Hibernate's own build of the after classes, and reverted (see
 * {@link ScenarioRun}), on each PostgreSQL version under test. Three databases serve all scenarios of a run.
 */
class ScenarioOracleIT {

    /** Runs only the named scenarios (comma-separated) while working on them; all of them by default. */
    private static final String ONLY = System.getProperty("retort.scenarios", "");

    @PostgresTest
    void everyScenarioPlansMigratesAndRevertsAsExpected(TestDatabase db) throws SQLException {
        List<Scenario> scenarios = Scenarios.all().stream()
                .filter(s -> ONLY.isEmpty() || List.of(ONLY.split(",")).contains(s.name())).toList();
        SoftAssertions softly = new SoftAssertions();
        try (ScenarioDatabases dbs = ScenarioDatabases.open(db)) {
            for (Scenario scenario : scenarios) {
                new ScenarioRun(dbs, scenario, softly).run();
            }
        }
        softly.assertAll();
        if (ONLY.isEmpty()) {
            assertThat(scenarios).hasSizeGreaterThanOrEqualTo(40);
        }
    }
}
