package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: exit 0 when the database matches the entities, 1 when changes are pending. */
class CheckCommandIT {

    @TempDir
    Path dir;

    @PostgresTest
    void aMatchingDatabaseExitsZeroWithoutStartingTheScratchServer(TestDatabase db) {
        ScenarioDatabase.build(db, "namedenumlabeladded", "after");
        CliRun.Result text = CliRun.in(dir).execute(ScenarioDatabase.args("check", db, "namedenumlabeladded",
                "after"));
        assertThat(text.exit()).isZero();
        assertThat(text.out()).isEqualTo(ScenarioDatabase.display(db)
                + ": no changes; the entities match the database\n");
        assertThat(text.err()).doesNotContain("starting embedded PostgreSQL");

        CliRun.Result json = CliRun.in(dir).execute(ScenarioDatabase.args("check", db, "namedenumlabeladded",
                "after", "--json"));
        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEqualTo("""
                {
                  "database": "%s",
                  "revision": null,
                  "changes": []
                }
                """.formatted(ScenarioDatabase.display(db)));
    }

    @PostgresTest
    void pendingChangesExitOne(TestDatabase db) {
        ScenarioDatabase.build(db, "namedenumlabeladded", "before");
        CliRun.Result text = CliRun.in(dir).execute(ScenarioDatabase.args("check", db, "namedenumlabeladded",
                "after"));
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).isEqualTo("""
                %s: 1 change pending

                  #  OPERATION       OBJECT                   HAZARDS
                  1  add_enum_value  public.mood value 'MEH'  BREAKS_RUNNING_APP, NON_TRANSACTIONAL, IRREVERSIBLE

                Run 'retort revision --autogenerate -m MESSAGE' to write a migration for them.
                """.formatted(ScenarioDatabase.display(db)));

        CliRun.Result json = CliRun.in(dir).execute(ScenarioDatabase.args("check", db, "namedenumlabeladded",
                "after", "--json"));
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).isEqualTo("""
                {
                  "database": "%s",
                  "revision": null,
                  "changes": [
                    {
                      "op": "add_enum_value",
                      "object": "public.mood",
                      "value": "MEH",
                      "hazards": ["BREAKS_RUNNING_APP", "NON_TRANSACTIONAL", "IRREVERSIBLE"],
                      "sql": ["ALTER TYPE public.mood ADD VALUE 'MEH' BEFORE 'SAD'"]
                    }
                  ]
                }
                """.formatted(ScenarioDatabase.display(db)));
    }

    @PostgresTest
    void aRenameHintThatCoversTheOnlyDifferenceStillLeavesTheRenamePending(TestDatabase db) {
        ScenarioDatabase.build(db, "renamecolumnhint", "before");
        CliRun.Result result = CliRun.in(dir).execute(ScenarioDatabase.args("check", db, "renamecolumnhint",
                "after", "--rename", "customers.name=full_name", "--json"));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                {
                  "database": "%s",
                  "revision": null,
                  "changes": [
                    {
                      "op": "rename_column",
                      "table": "public.customers",
                      "object": "name",
                      "new_name": "full_name",
                      "hazards": ["BREAKS_RUNNING_APP", "UNTRACKED_DEPENDENCIES", "LOCK_QUEUE_RISK"],
                      "sql": ["ALTER TABLE public.customers RENAME COLUMN name TO full_name"]
                    }
                  ]
                }
                """.formatted(ScenarioDatabase.display(db)));
    }
}
