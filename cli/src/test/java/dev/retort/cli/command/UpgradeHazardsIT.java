package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ExpectedFailure;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade} and blocking hazards: a hazard its source accepts runs and is named in the output with the
 * reason; one nobody accepts is refused (exit 1) unless {@code --accept-hazards}, which the output then names.
 */
class UpgradeHazardsIT {

    @TempDir
    Path dir;

    private CliRun.Result upgrade(TestDatabase db, String... args) {
        return CliRun.in(dir).execute(ScenarioDatabase.migrating(db, dir.resolve("migrations"), args));
    }

    @PostgresTest
    void acceptedHazardsAreNamedAndUnacceptedOnesRefused(TestDatabase db) throws IOException {
        Path migrations = dir.resolve("migrations");
        MigrationSources.write(migrations, "V20260101_000000__Start", "aaaaaaaaaaaa", "ops.execute(\"CREATE TABLE "
                + "customers (id bigint PRIMARY KEY, name text, phone text)\");");
        MigrationSources.write(migrations, "V20260101_000100__DropPhone", "bbbbbbbbbbbb", "ops.dropColumn("
                + "QualifiedName.of(\"public\", \"customers\"), Column.of(\"phone\", \"text\"))"
                + ".accept(Hazard.DATA_LOSS, \"phone numbers moved to the contacts service\");", "aaaaaaaaaaaa");
        String database = ScenarioDatabase.display(db);
        CliRun.Result accepted = upgrade(db, "upgrade");
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).isEqualTo(database + ": applied 2 migrations (aaaaaaaaaaaa, bbbbbbbbbbbb)\n"
                + "accepted hazards:\n"
                + "  V20260101_000100__DropPhone.java:13 (revision bbbbbbbbbbbb) drop_column public.customers.phone:"
                + " DATA_LOSS accepted in the source (\"phone numbers moved to the contacts service\")\n");

        MigrationSources.write(migrations, "V20260101_000200__DropName", "cccccccccccc", "ops.dropColumn("
                + "QualifiedName.of(\"public\", \"customers\"), Column.of(\"name\", \"text\"));", "bbbbbbbbbbbb");
        ExpectedFailure.expect(CliRun.in(dir), 1, "refused, nothing was run: 1 blocking hazard(s) not accepted\n"
                + "  V20260101_000200__DropName.java:13 (revision cccccccccccc) drop_column public.customers.name: "
                + "DATA_LOSS is not accepted. DROP COLUMN deletes every value of public.customers.name.\n"
                + "After review, accept each on its operation with .accept(Hazard.NAME, \"reason\"), or run upgrade"
                + " with --accept-hazards.", ScenarioDatabase.migrating(db, migrations, "upgrade"));

        CliRun.Result forced = upgrade(db, "upgrade", "--accept-hazards");
        assertThat(forced.exit()).isZero();
        assertThat(forced.out()).isEqualTo(database + ": applied 1 migration (cccccccccccc)\n"
                + "accepted hazards:\n"
                + "  V20260101_000200__DropName.java:13 (revision cccccccccccc) drop_column public.customers.name: "
                + "DATA_LOSS accepted by --accept-hazards\n");
    }
}
