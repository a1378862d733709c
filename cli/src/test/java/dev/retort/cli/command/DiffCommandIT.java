package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} against a live database built from a scenario's before classes. */
class DiffCommandIT {

    @TempDir
    Path dir;

    @PostgresTest
    void jsonListsTheAddedColumnAndTheScratchServerHasTheDatabasesVersion(TestDatabase db) {
        ScenarioDatabase.build(db, "addfield", "before");
        CliRun.Result result = CliRun.in(dir).execute(ScenarioDatabase.args("diff", db, "addfield", "after",
                "--json"));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                {
                  "database": "%s",
                  "revision": null,
                  "changes": [
                    {
                      "op": "add_column",
                      "table": "public.customers",
                      "object": "phone",
                      "hazards": ["LOCK_QUEUE_RISK"],
                      "sql": ["ALTER TABLE public.customers ADD COLUMN phone character varying(20)"]
                    }
                  ]
                }
                """.formatted(ScenarioDatabase.display(db)));
        assertThat(result.err()).contains("starting embedded PostgreSQL " + db.majorVersion() + "...\n");
        assertThat(result.errWithoutProgress()).isEmpty();
    }

    @PostgresTest
    void renameHintTurnsDropAndAddIntoARename(TestDatabase db) {
        ScenarioDatabase.build(db, "renamecolumnhint", "before");
        CliRun.Result result = CliRun.in(dir).execute(ScenarioDatabase.args("diff", db, "renamecolumnhint", "after",
                "--json", "--rename", "customers.name=full_name"));
        assertThat(result.exit()).isZero();
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

    @PostgresTest
    void withoutHintTheDropAndTheAddNameEachOther(TestDatabase db) {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        CliRun.Result result = CliRun.in(dir).execute(ScenarioDatabase.args("diff", db, "renamecolumncandidate",
                "after"));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                %s: 2 changes pending

                  #  OPERATION    OBJECT                      HAZARDS
                  1  add_column   public.customers.full_name  NEEDS_HUMAN_INPUT*, LOCK_QUEUE_RISK
                                  rename candidate: public.customers.name
                  2  drop_column  public.customers.name       DATA_LOSS*, BREAKS_RUNNING_APP, NEEDS_HUMAN_INPUT*, \
                WEAKENS_INTEGRITY, IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK
                                  rename candidate: public.customers.full_name

                  * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards

                SQL:
                  -- 1. add column public.customers.full_name character varying(255) NULL
                  ALTER TABLE public.customers ADD COLUMN full_name character varying(255);
                  -- 2. drop column public.customers.name
                  ALTER TABLE public.customers DROP COLUMN name;
                """.formatted(ScenarioDatabase.display(db)));
    }

    @PostgresTest
    void aHintForAColumnTheDatabaseLacksIsAUsageError(TestDatabase db) {
        ScenarioDatabase.build(db, "renamecolumnhint", "before");
        CliRun.Result result = CliRun.in(dir).execute(ScenarioDatabase.args("diff", db, "renamecolumnhint", "after",
                "--rename", "customers.nickname=full_name"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errWithoutProgress()).isEqualTo("retort: --rename customers.nickname=full_name: the "
                + "database has no table or column customers.nickname in schemas [public]\n");
    }
}
