package dev.retort.cli.command;

import static dev.retort.cli.command.ReviewExpectations.ADD_CODE;
import static dev.retort.cli.command.ReviewExpectations.BACKFILL_PLACEHOLDER;
import static dev.retort.cli.command.ReviewExpectations.DROP_NAME;
import static dev.retort.cli.command.ReviewExpectations.SET_NOT_NULL;
import static dev.retort.cli.command.ReviewExpectations.alternative;
import static dev.retort.cli.command.ReviewExpectations.explanation;
import static dev.retort.cli.command.ReviewExpectations.hazardJson;
import static dev.retort.cli.command.ReviewMigrations.CUSTOMERS;
import static dev.retort.cli.command.ReviewMigrations.DROP_NAME_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.hazard.Hazard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review} without a database: every migration (or the one named) assessed as it would meet a database at
 * its parent revision whose tables may hold rows; exit 1 for an unaccepted blocking hazard, 2 for an incomplete
 * migration.
 */
class ReviewCommandTest {

    /** Offline review assumes the embedded server's default major version. */
    private static final int VERSION = 17;

    private static final String ACCEPTANCE = ".accept(Hazard.DATA_LOSS, \"the name moved to profiles\")";

    private static final String UNACCEPTED = "retort: 1 blocking hazard not accepted; after review, accept each on"
            + " its operation with .accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards\n";

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private CliRun.Result review(String... args) {
        List<String> all = new ArrayList<>(List.of("review"));
        all.addAll(List.of(args));
        all.addAll(List.of("--migrations-dir", migrations().toString()));
        return CliRun.in(dir).execute(all.toArray(String[]::new));
    }

    @Test
    void anUnacceptedBlockingHazardIsListedWithItsExplanationAndExitsOne() {
        ReviewMigrations.customers(migrations());
        ReviewMigrations.dropName(migrations(), "");
        int line = ReviewMigrations.lineOf(migrations(), DROP_NAME_FILE, "ops.dropColumn(");

        CliRun.Result result = review();

        assertThat(result.out()).isEqualTo("""
                no url: reviewing 2 migrations, each as it would meet a database at its parent revision whose \
                tables may hold rows

                aaaaaaaaaaaa  customers  (V20260101_000000__Customers.java)
                  no hazards

                bbbbbbbbbbbb  drop name  (V20260102_000000__DropName.java)
                  drop_column public.customers.name  (line %d)
                    DATA_LOSS (blocking, not accepted): %s
                    BREAKS_RUNNING_APP: %s
                    WEAKENS_INTEGRITY: %s
                    IRREVERSIBLE: %s
                    UNTRACKED_DEPENDENCIES: %s
                    LOCK_QUEUE_RISK: %s
                    Safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE, \
                UNTRACKED_DEPENDENCIES: %s
                    Safe alternative for LOCK_QUEUE_RISK: %s

                1 blocking hazard not accepted.
                """.formatted(line, dropExplanation(Hazard.DATA_LOSS), dropExplanation(Hazard.BREAKS_RUNNING_APP),
                dropExplanation(Hazard.WEAKENS_INTEGRITY), dropExplanation(Hazard.IRREVERSIBLE),
                dropExplanation(Hazard.UNTRACKED_DEPENDENCIES), dropExplanation(Hazard.LOCK_QUEUE_RISK),
                alternative(DROP_NAME, Hazard.DATA_LOSS, VERSION), alternative(DROP_NAME, Hazard.LOCK_QUEUE_RISK,
                        VERSION)));
        assertThat(result.err()).isEqualTo(UNACCEPTED);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void theJsonNamesEachHazardOfEachRevisionAndCountsTheUnacceptedBlockingOnes() {
        ReviewMigrations.customers(migrations());
        ReviewMigrations.dropName(migrations(), "");
        int line = ReviewMigrations.lineOf(migrations(), DROP_NAME_FILE, "ops.dropColumn(");

        CliRun.Result result = review("--json");

        assertThat(result.out()).isEqualTo("""
                {
                  "database": null,
                  "revisions": [
                    {
                      "revision": "aaaaaaaaaaaa",
                      "message": "customers",
                      "file": "V20260101_000000__Customers.java",
                      "hazards": [],
                      "incomplete": []
                    },
                    {
                      "revision": "bbbbbbbbbbbb",
                      "message": "drop name",
                      "file": "V20260102_000000__DropName.java",
                      "hazards": [
                %s
                      ],
                      "incomplete": []
                    }
                  ],
                  "blocking_unaccepted": 1,
                  "incomplete_operations": 0
                }
                """.formatted(dropHazards(line, Optional.empty())));
        assertThat(result.err()).isEqualTo(UNACCEPTED);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void oneRevisionWhoseSourceAcceptsItsBlockingHazardExitsZero() {
        ReviewMigrations.customers(migrations());
        ReviewMigrations.dropName(migrations(), ACCEPTANCE);
        int line = ReviewMigrations.lineOf(migrations(), DROP_NAME_FILE, "ops.dropColumn(");

        CliRun.Result result = review("bbbb", "--json");

        assertThat(result.out()).isEqualTo("""
                {
                  "database": null,
                  "revisions": [
                    {
                      "revision": "bbbbbbbbbbbb",
                      "message": "drop name",
                      "file": "V20260102_000000__DropName.java",
                      "hazards": [
                %s
                      ],
                      "incomplete": []
                    }
                  ],
                  "blocking_unaccepted": 0,
                  "incomplete_operations": 0
                }
                """.formatted(dropHazards(line, Optional.of("the name moved to profiles"))));
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();

        CliRun.Result text = review("bbbbbbbbbbbb");
        assertThat(text.out()).contains("\n    DATA_LOSS (blocking, accepted: the name moved to profiles): "
                + dropExplanation(Hazard.DATA_LOSS) + "\n").endsWith("\nNo blocking hazard is left unaccepted.\n");
        assertThat(text.exit()).isZero();
    }

    @Test
    void anIncompleteMigrationExitsTwoEvenWithUnacceptedHazards() {
        ReviewMigrations.customers(migrations());
        ReviewMigrations.addCode(migrations(), CUSTOMERS);
        String file = ReviewMigrations.ADD_CODE_FILE;
        int add = ReviewMigrations.lineOf(migrations(), file, "ops.addColumn(");
        String problem = file + ":" + (add + 1) + " (revision cccccccccccc, upgrade) backfill: The backfill of"
                + " public.customers.code has no value yet: write the value (an SQL expression) that existing rows"
                + " get before the column becomes NOT NULL.";

        CliRun.Result result = review("--json", "cccc");

        assertThat(result.out()).isEqualTo("""
                {
                  "database": null,
                  "revisions": [
                    {
                      "revision": "cccccccccccc",
                      "message": "add code",
                      "file": "V20260103_000000__AddCode.java",
                      "hazards": [
                %s
                      ],
                      "incomplete": ["%s"]
                    }
                  ],
                  "blocking_unaccepted": 3,
                  "incomplete_operations": 1
                }
                """.formatted(String.join(",\n", List.of(
                hazardJson(ADD_CODE, "code", add, Hazard.LOCK_QUEUE_RISK, false, Optional.empty(), VERSION),
                hazardJson(BACKFILL_PLACEHOLDER, "code", add + 1, Hazard.NEEDS_HUMAN_INPUT, true, Optional.empty(),
                        VERSION),
                hazardJson(BACKFILL_PLACEHOLDER, "code", add + 1, Hazard.PERFORMANCE_IMPACT, false, Optional.empty(),
                        VERSION),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.BREAKS_RUNNING_APP, false, Optional.empty(),
                        VERSION),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.BLOCKS_READS_WRITES, true, Optional.empty(),
                        VERSION),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.MAY_FAIL_ON_DATA, true, Optional.empty(), VERSION),
                hazardJson(SET_NOT_NULL, "code", add + 2, Hazard.LOCK_QUEUE_RISK, false, Optional.empty(), VERSION))),
                problem));
        assertThat(result.err()).isEqualTo("retort: 1 operation still to be written before the migrations can run"
                + " (and 3 blocking hazards not accepted; after review, accept each on its operation with"
                + " .accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards):\n  " + problem + "\n");
        assertThat(result.exit()).isEqualTo(2);

        CliRun.Result text = review();
        assertThat(text.out()).contains("\n  to write: " + problem + "\n")
                .endsWith("\n3 blocking hazards not accepted. 1 operation still to write.\n");
        assertThat(text.exit()).isEqualTo(2);
    }

    @Test
    void anUnknownRevisionOrBaseIsBadUsage() {
        ReviewMigrations.customers(migrations());
        CliRun.Result unknown = review("abc123");
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("retort: no revision 'abc123': name a revision id or a unique prefix of"
                + " one, head, heads, base, +N, -N, REV+N or REV-N\n");
        assertThat(unknown.exit()).isEqualTo(2);

        CliRun.Result base = review("base");
        assertThat(base.err()).isEqualTo("retort: 'base' names base, which has no migration to review; name a"
                + " revision, head or heads\n");
        assertThat(base.exit()).isEqualTo(2);
    }

    @Test
    void withoutMigrationsThereIsNothingToReview() {
        CliRun.Result result = review("--json");
        assertThat(result.out()).isEqualTo("""
                {
                  "database": null,
                  "revisions": [],
                  "blocking_unaccepted": 0,
                  "incomplete_operations": 0
                }
                """);
        assertThat(result.exit()).isZero();
        assertThat(review().out()).isEqualTo("no url, and no migrations in " + migrations()
                + "; nothing to review\n");
    }

    private static String dropExplanation(Hazard hazard) {
        return explanation(DROP_NAME, hazard, VERSION);
    }

    private static String dropHazards(int line, Optional<String> reason) {
        List<String> entries = new ArrayList<>();
        entries.add(hazardJson(DROP_NAME, "name", line, Hazard.DATA_LOSS, true, reason, VERSION));
        for (Hazard hazard : List.of(Hazard.BREAKS_RUNNING_APP, Hazard.WEAKENS_INTEGRITY, Hazard.IRREVERSIBLE,
                Hazard.UNTRACKED_DEPENDENCIES, Hazard.LOCK_QUEUE_RISK)) {
            entries.add(hazardJson(DROP_NAME, "name", line, hazard, false, Optional.empty(), VERSION));
        }
        return String.join(",\n", entries);
    }
}
