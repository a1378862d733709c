package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a URL, the current schema is an embedded shadow database (empty until migrations are replayed). */
class ShadowDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void diffAgainstTheEmptyShadowCreatesEverything() {
        CliRun.Result result = CliRun.in(dir).execute(CommandErrorsTest.with("diff",
                Fixtures.scenario("addfield", "before"), "--json"));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                {
                  "database": "embedded PostgreSQL 17 (shadow database)",
                  "revision": null,
                  "changes": [
                    {
                      "op": "create_table",
                      "table": "public.customers",
                      "hazards": [],
                      "sql": ["CREATE TABLE public.customers (\\n    id bigint NOT NULL,\\n    name character \
                varying(255),\\n    CONSTRAINT customers_pkey PRIMARY KEY (id)\\n)"]
                    }
                  ]
                }
                """);
        assertThat(result.err()).isEqualTo("starting embedded PostgreSQL 17...\nscanning the entity classes in "
                + Fixtures.classpath() + "...\n");
    }

    @Test
    void theEmbeddedVersionIsConfigurableAndUnreplayedMigrationsAreWarnedAbout() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations/db/migrations"));
        Files.writeString(migrations.resolve("V20260101_000000__Start.java"), "class V20260101_000000__Start {}");
        Files.writeString(dir.resolve("retort.properties"), "embedded.version=14\nmigrations.dir=migrations\n");
        CliRun.Result result = CliRun.in(dir).execute(CommandErrorsTest.with("check",
                Fixtures.scenario("addfield", "before")));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                embedded PostgreSQL 14 (shadow database): 1 change pending

                  #  OPERATION     OBJECT            HAZARDS
                  1  create_table  public.customers

                Run 'retort revision --autogenerate -m MESSAGE' to write a migration for them.
                """);
        assertThat(result.err()).isEqualTo("starting embedded PostgreSQL 14...\nscanning the entity classes in "
                + Fixtures.classpath() + "...\nretort: warning: the migrations in " + dir.resolve("migrations")
                + " are not replayed yet; the shadow database starts empty\n");
    }
}
