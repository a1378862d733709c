package dev.retort.cli.command;

import static dev.retort.cli.command.GraphMigrations.A;
import static dev.retort.cli.command.GraphMigrations.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** {@code history --indicate-current} and {@code show} against a live database. */
class GraphCommandsIT {

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
    void historyMarksWhereTheDatabaseIsAndWhatChangedSince(TestDatabase db) throws IOException {
        String database = ScenarioDatabase.display(db);
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        assertThat(run(db, "history", "-i").out()).isEqualTo("""
                b7c8d9e0f1a2 -> c3f0e1d2c3b4 (head), require email
                b7c8d9e0f1a2 -> c3d4e5f6a7b8 (head), drop name
                a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
                <base> -> a1b2c3d4e5f6, create users
                %s: no revision applied
                """.formatted(database));
        assertThat(run(db, "upgrade", "c3d").exit()).isZero();
        Files.writeString(dir.resolve("migrations").resolve(GraphMigrations.FILE_A), "// edited after upgrade\n",
                StandardOpenOption.APPEND);
        db.execute("INSERT INTO public.retort_history (revision) VALUES ('0ddba11c0ffe')");

        CliRun.Result history = run(db, "history", "--indicate-current");
        assertThat(history.err()).isEmpty();
        assertThat(history.exit()).isZero();
        assertThat(history.out()).isEqualTo("""
                b7c8d9e0f1a2 -> c3f0e1d2c3b4 (head), require email
                b7c8d9e0f1a2 -> c3d4e5f6a7b8 (head) (current), drop name
                a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
                <base> -> a1b2c3d4e5f6 (edited), create users
                warning: the source of a1b2c3d4e5f6 changed after it was applied
                warning: 0ddba11c0ffe is applied but no migration declares it
                """);

        CliRun.Result json = run(db, "history", "-i", "--json", "-r", "-2:");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).startsWith("""
                {
                  "database": "%s",
                  "current": ["%s"],
                  "revisions": [
                """.formatted(database, C)).endsWith("""
                      "head": false,
                      "branchpoint": false,
                      "merge": false,
                      "current": false,
                      "edited": true
                    }
                  ],
                  "unknown": ["0ddba11c0ffe"]
                }
                """).contains("""
                      "revision": "%s",
                      "parents": ["b7c8d9e0f1a2"],
                      "message": "drop name",
                """.formatted(C), """
                      "head": true,
                      "branchpoint": false,
                      "merge": false,
                      "current": true,
                      "edited": false
                """, "\"revision\": \"" + A + "\"");
        assertThat(json.out().split("\"revision\": ", -1)).hasSize(5);
    }

    @PostgresTest
    void showAssessesHazardsWithTheSizesOfTheLiveTables(TestDatabase db) throws IOException {
        String database = ScenarioDatabase.display(db);
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        assertThat(run(db, "upgrade", "c3d").exit()).isZero();

        CliRun.Result empty = run(db, "show", "c3f");
        assertThat(empty.err()).isEmpty();
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).contains("""

                    require email

                Hazards assessed against %s, with the sizes its tables have now.

                Upgrade: 3 operations
                  #  OPERATION     OBJECT                        HAZARDS
                  1  backfill      public.users.email            NEEDS_HUMAN_INPUT*, PERFORMANCE_IMPACT
                  2  set_not_null  public.users.email            BREAKS_RUNNING_APP, BLOCKS_READS_WRITES, \
                MAY_FAIL_ON_DATA, LOCK_QUEUE_RISK
                  3  create_index  public.users.users_email_idx  BLOCKS_WRITES, LOCK_QUEUE_RISK
                """.formatted(database));

        db.execute("INSERT INTO public.users (id) VALUES (1)");
        assertThat(run(db, "show", "c3f").out()).contains("""
                  2  set_not_null  public.users.email            BREAKS_RUNNING_APP, BLOCKS_READS_WRITES*, \
                MAY_FAIL_ON_DATA*, LOCK_QUEUE_RISK
                """);
        assertThat(run(db, "show", "-1").out()).startsWith("""
                Rev: b7c8d9e0f1a2 (branchpoint)
                """);
    }
}
