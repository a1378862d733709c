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
    void theEmbeddedVersionIsConfigurableAndTheMigrationsAreReplayed() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V20260101_000000__Start.java"), """
                package db.migrations;

                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;

                @Revision(id = "aaaaaaaaaaaa", message = "start", created = "2026-01-01T00:00:00Z")
                public class V20260101_000000__Start implements Migration {
                    public void upgrade(Operations ops) {
                        ops.execute("CREATE TABLE customers (id bigint PRIMARY KEY, name character varying(255))");
                    }

                    public void downgrade(Operations ops) {
                        ops.execute("DROP TABLE customers");
                    }
                }
                """);
        Files.writeString(dir.resolve("retort.properties"), "embedded.version=14\nmigrations.dir=migrations\n");
        CliRun.Result result = CliRun.in(dir).execute(CommandErrorsTest.with("check",
                Fixtures.scenario("addfield", "before")));
        assertThat(result.out()).isEqualTo("""
                embedded PostgreSQL 14 (shadow database) at revision aaaaaaaaaaaa: no changes; the entities \
                match the database
                """);
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("starting embedded PostgreSQL 14...\nscanning the entity classes in "
                + Fixtures.classpath() + "...\nreplaying the migrations of " + migrations
                + " into the shadow database...\n");
    }
}
