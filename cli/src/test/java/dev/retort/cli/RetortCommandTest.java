package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetortCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpPrintsUsageWithEveryCommandAndExitsZero() {
        CliRun.Result result = CliRun.in(dir).execute("--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: retort [-hV] [COMMAND]\n"
                        + "Autogenerates reviewable, hazard-aware PostgreSQL migrations from JPA entities.\n")
                .containsPattern("\n  init +Writes a commented retort.properties")
                .containsPattern("\n  entities +Lists the entity classes found")
                .containsPattern("\n  diff +Compares the entities with the database")
                .containsPattern("\n  check +Compares the entities with the database like diff")
                .containsPattern("\n  review +Lists the hazards of the migrations not yet applied")
                .containsPattern("\n  baseline +Development only: replaces every migration");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelpListingItsOptions() {
        CliRun.Result diff = CliRun.in(dir).execute("diff", "--help");
        assertThat(diff.exit()).isZero();
        assertThat(diff.out()).startsWith("Usage: retort diff ")
                .contains("--rename=SPEC", "--json", "--url=URL", "--user=USER", "--password=PASSWORD",
                        "--schemas=LIST", "--classpath=PATH", "--packages=LIST", "--naming=PRESET",
                        "--migrations-dir=DIR", "--migrations-package=PACKAGE", "--version-table=NAME",
                        "--[no-]dev", "--config=FILE", "--verbose", "--no-color", "--embedded-version=MAJOR");
        for (String command : new String[] {"init", "entities", "check"}) {
            CliRun.Result help = CliRun.in(dir).execute("help", command);
            assertThat(help.exit()).isZero();
            assertThat(help.out()).startsWith("Usage: retort " + command + " ");
        }
    }

    @Test
    void versionIsPrinted() {
        CliRun.Result result = CliRun.in(dir).execute("--version");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("retort 0.1.0-SNAPSHOT\n");
    }

    @Test
    void withoutCommandTheUsageIsPrinted() {
        CliRun.Result result = CliRun.in(dir).execute();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: retort [-hV] [COMMAND]\n");
    }
}
