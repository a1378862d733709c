package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline} with the embedded database, and every refusal, each of which leaves the migration files as they
 * were (the refusals of a database-backed run come before any connection is made).
 */
class BaselineCommandTest {

    /** A URL nothing listens on: the refusals below must come before any connection attempt. */
    private static final String NOWHERE = "jdbc:postgresql://localhost:1/app";

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private CliRun.Result baseline(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--migrations-dir", migrations().toString()));
        return CliRun.in(dir).execute(CommandErrorsTest.with("baseline", Fixtures.scenario("addfield", "after"),
                all.toArray(String[]::new)));
    }

    @Test
    void theEmbeddedBaselineReplacesEveryMigrationAndReplaysToExactlyTheEntitySchema() throws IOException {
        ReviewMigrations.customers(migrations());
        ReviewMigrations.dropName(migrations(), "");

        CliRun.Result result = baseline("-m", "baseline", "--rev-id", "eeeeeeeeeeee");

        Path file = onlyFile();
        assertThat(file.getFileName().toString()).matches("V\\d{8}_\\d{6}__Baseline\\.java");
        assertThat(result.out()).isEqualTo("wrote " + file + " (revision eeeeeeeeeeee, no parent)\n"
                + "replaced 2 migrations: V20260101_000000__Customers.java, V20260102_000000__DropName.java\n\n"
                + "  #  OPERATION     OBJECT            HAZARDS\n"
                + "  1  create_table  public.customers\n");
        assertThat(result.exit()).isZero();
        assertThat(Files.readString(file)).contains("id = \"eeeeeeeeeeee\"", "parents = {}",
                "message = \"baseline\"");

        CliRun.Result check = CliRun.in(dir).execute(CommandErrorsTest.with("check",
                Fixtures.scenario("addfield", "after"), "--migrations-dir", migrations().toString()));
        assertThat(check.out()).isEqualTo("embedded PostgreSQL 17 (shadow database) at revision eeeeeeeeeeee: no"
                + " changes; the entities match the database\n");
        assertThat(check.exit()).isZero();
    }

    @Test
    void aBaselineThatCannotBeGeneratedLeavesTheOldMigrations() throws IOException {
        ReviewMigrations.customers(migrations());
        Map<String, String> before = files();
        CliRun.Result result = baseline("-m", "baseline", "--rev-id", "head");
        assertThat(result.errWithoutProgress()).isEqualTo("retort: revision id 'head' is a reserved target name\n");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aDatabaseNotMarkedDevIsRefusedAndTheFilesAreUntouched() throws IOException {
        ReviewMigrations.customers(migrations());
        Map<String, String> before = files();
        CliRun.Result result = baseline("-m", "baseline", "--url", NOWHERE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: baseline replaces every migration in " + migrations() + " and"
                + " is for development only, but postgresql://localhost:1/app is not marked as a development"
                + " database: if it is a disposable one, set dev=true (in retort.properties, RETORT_DEV=true or"
                + " --dev); to adopt an existing database, use 'retort baseline --from-database -m MSG'\n");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void resetNeedsADatabase() throws IOException {
        ReviewMigrations.customers(migrations());
        Map<String, String> before = files();
        CliRun.Result result = baseline("-m", "baseline", "--reset");
        assertThat(result.err()).isEqualTo("retort: baseline --reset rebuilds the development database in url, but"
                + " url is not set: set url to that database (marked dev=true), or leave out --reset to only"
                + " regenerate the baseline\n");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void fromDatabaseNeedsADatabaseAndAProjectWithoutMigrations() throws IOException {
        CliRun.Result noUrl = baseline("-m", "adopt", "--from-database");
        assertThat(noUrl.err()).isEqualTo("retort: baseline --from-database adopts the database in url, but url is"
                + " not set: set url (retort.properties, RETORT_URL or --url) to the database to adopt\n");
        assertThat(noUrl.exit()).isEqualTo(2);

        ReviewMigrations.customers(migrations());
        Map<String, String> before = files();
        CliRun.Result withMigrations = baseline("-m", "adopt", "--from-database", "--url", NOWHERE);
        assertThat(withMigrations.err()).isEqualTo("retort: " + migrations() + " already holds 1 migration:"
                + " --from-database writes the first migration of a project that has none; move them away first\n");
        assertThat(withMigrations.exit()).isEqualTo(2);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void resetAndFromDatabaseExcludeEachOther() {
        CliRun.Result result = baseline("-m", "adopt", "--from-database", "--reset", "--url", NOWHERE);
        assertThat(result.err()).isEqualTo("retort: --reset and --from-database exclude each other: --reset"
                + " rebuilds a development database from the entities, --from-database adopts a database as it is\n");
        assertThat(result.exit()).isEqualTo(2);
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** Every file of the migrations folder with its content. */
    private Map<String, String> files() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(migrations())) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
