package dev.retort.cli.command;

import static dev.retort.cli.command.ReviewExpectations.ADD_CODE;
import static dev.retort.cli.command.ReviewExpectations.BACKFILL;
import static dev.retort.cli.command.ReviewExpectations.SET_NOT_NULL;
import static dev.retort.cli.command.ReviewExpectations.explanation;
import static dev.retort.cli.command.ReviewExpectations.hazardJson;
import static dev.retort.cli.command.ReviewMigrations.CUSTOMERS;
import static dev.retort.cli.command.ReviewMigrations.REQUIRE_CODE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.hazard.Hazard;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review} with a live database: the pending migrations assessed as upgrade's gate assesses them (a table
 * created earlier in the run is empty; an existing one counts by its rows), so review and upgrade agree.
 */
class ReviewCommandIT {

    @TempDir
    Path dir;

    private CliRun.Result run(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user(), "--migrations-dir",
                dir.resolve("migrations").toString()));
        if (!db.password().isEmpty()) {
            all.addAll(List.of("--password", db.password()));
        }
        return CliRun.in(dir).execute(all.toArray(String[]::new));
    }

    @PostgresTest
    void pendingMigrationsAreJudgedByTheRowsTheirTablesHoldLikeUpgradeJudgesThem(TestDatabase db) {
        Path migrations = dir.resolve("migrations");
        ReviewMigrations.customers(migrations);
        ReviewMigrations.requireCode(migrations, CUSTOMERS);
        int add = ReviewMigrations.lineOf(migrations, REQUIRE_CODE_FILE, "ops.addColumn(");
        String database = ScenarioDatabase.display(db);
        int version = db.majorVersion();

        CliRun.Result fresh = run(db, "review");
        assertThat(fresh.out()).isEqualTo("""
                %s: 2 migrations pending

                aaaaaaaaaaaa  customers  (V20260101_000000__Customers.java)
                  no hazards

                dddddddddddd  require code  (V20260104_000000__RequireCode.java)
                  add_column public.customers.code  (line %d)
                    LOCK_QUEUE_RISK: %s
                    Safe alternative for LOCK_QUEUE_RISK: %s
                  backfill public.customers.code  (line %d)
                    PERFORMANCE_IMPACT: %s
                    Safe alternative for PERFORMANCE_IMPACT: %s
                  set_not_null public.customers.code  (line %d)
                    BREAKS_RUNNING_APP: %s
                    BLOCKS_READS_WRITES: %s
                    MAY_FAIL_ON_DATA: %s
                    LOCK_QUEUE_RISK: %s
                    Safe alternative for BREAKS_RUNNING_APP, BLOCKS_READS_WRITES, MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK: %s

                No blocking hazard is left unaccepted.
                """.formatted(database, add, explanation(ADD_CODE, Hazard.LOCK_QUEUE_RISK, version),
                ReviewExpectations.alternative(ADD_CODE, Hazard.LOCK_QUEUE_RISK, version), add + 1,
                explanation(BACKFILL, Hazard.PERFORMANCE_IMPACT, version),
                ReviewExpectations.alternative(BACKFILL, Hazard.PERFORMANCE_IMPACT, version), add + 2,
                explanation(SET_NOT_NULL, Hazard.BREAKS_RUNNING_APP, version),
                explanation(SET_NOT_NULL, Hazard.BLOCKS_READS_WRITES, version),
                explanation(SET_NOT_NULL, Hazard.MAY_FAIL_ON_DATA, version),
                explanation(SET_NOT_NULL, Hazard.LOCK_QUEUE_RISK, version),
                ReviewExpectations.alternative(SET_NOT_NULL, Hazard.LOCK_QUEUE_RISK, version)));
        assertThat(fresh.err()).isEmpty();
        assertThat(fresh.exit()).isZero();

        assertThat(run(db, "upgrade", CUSTOMERS).exit()).isZero();
        db.execute("INSERT INTO public.customers (id, name) VALUES (1, 'Ada')");

        CliRun.Result withRows = run(db, "review", "--json");
        assertThat(withRows.out()).isEqualTo("""
                {
                  "database": "%s",
                  "revisions": [
                    {
                      "revision": "dddddddddddd",
                      "message": "require code",
                      "file": "V20260104_000000__RequireCode.java",
                      "hazards": [
                %s
                      ],
                      "incomplete": []
                    }
                  ],
                  "blocking_unaccepted": 2,
                  "incomplete_operations": 0
                }
                """.formatted(database, String.join(",\n", List.of(
                hazardJson(ADD_CODE, "code", add, Hazard.LOCK_QUEUE_RISK, false, Optional.empty(), version),
                hazardJson(BACKFILL, "code", add + 1, Hazard.PERFORMANCE_IMPACT, false, Optional.empty(), version),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.BREAKS_RUNNING_APP, false, Optional.empty(),
                        version),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.BLOCKS_READS_WRITES, true, Optional.empty(),
                        version),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.MAY_FAIL_ON_DATA, true, Optional.empty(), version),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.LOCK_QUEUE_RISK, false, Optional.empty(),
                        version)))));
        assertThat(withRows.err()).isEqualTo("retort: 2 blocking hazards not accepted; after review, accept each on"
                + " its operation with .accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards\n");
        assertThat(withRows.exit()).isEqualTo(1);
        assertThat(run(db, "upgrade").exit()).isEqualTo(1);

        CliRun.Result applied = run(db, "review", "head-1");
        assertThat(applied.out()).isEqualTo(database + ": reviewing 1 migration\n\n"
                + "aaaaaaaaaaaa  customers  (V20260101_000000__Customers.java)\n  no hazards\n\n"
                + "No blocking hazard is left unaccepted.\n");
        assertThat(applied.exit()).isZero();
    }

    @PostgresTest
    void aDatabaseAtHeadHasNothingPending(TestDatabase db) {
        ReviewMigrations.customers(dir.resolve("migrations"));
        assertThat(run(db, "upgrade").exit()).isZero();
        CliRun.Result result = run(db, "review");
        assertThat(result.out()).isEqualTo(ScenarioDatabase.display(db)
                + ": no migration pending; nothing to review\n");
        assertThat(result.exit()).isZero();
    }
}
