package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ExpectedFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision}, {@code upgrade} and {@code downgrade} where no database is involved: files, SQL, errors. */
class MigrationCommandsTest {

    @TempDir
    Path dir;

    private CliRun.Result run(String... args) {
        return CliRun.in(dir).execute(args);
    }

    private Path migrations() {
        return dir.resolve("migrations");
    }

    private void properties() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "migrations.dir=migrations\n");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            return files.sorted().toList();
        }
    }

    @Test
    void revisionWithoutAutogenerateWritesEmptyBodiesAndChainsParents() throws IOException {
        properties();
        CliRun.Result first = run("revision", "-m", "start", "--rev-id", "aaaaaaaaaaaa");
        assertThat(first.exit()).isZero();
        Path file = files().get(0);
        assertThat(first.out()).isEqualTo("wrote " + file + " (revision aaaaaaaaaaaa, no parent)\n"
                + "its upgrade and downgrade are empty; write them\n");
        assertThat(Files.readString(file)).contains("package db.migrations;", "id = \"aaaaaaaaaaaa\"",
                "message = \"start\"");

        CliRun.Result second = run("revision", "-m", "next", "--rev-id", "bbbbbbbbbbbb");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("(revision bbbbbbbbbbbb, parent aaaaaaaaaaaa)");
        assertThat(files()).hasSize(2);
    }

    @Test
    void aTakenRevisionIdAndSeveralHeadsAreUsageErrors() throws IOException {
        properties();
        assertThat(run("revision", "-m", "start", "--rev-id", "aaaaaaaaaaaa").exit()).isZero();
        CliRun.Result taken = run("revision", "-m", "again", "--rev-id", "aaaaaaaaaaaa");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).isEqualTo("retort: revision aaaaaaaaaaaa already exists ("
                + files().get(0).getFileName() + "); choose another --rev-id\n");

        assertThat(run("revision", "-m", "left", "--rev-id", "bbbbbbbbbbbb").exit()).isZero();
        assertThat(run("revision", "-m", "right", "--rev-id", "cccccccccccc", "--head", "aaaaaaaaaaaa").exit())
                .isZero();
        CliRun.Result heads = run("revision", "-m", "more");
        assertThat(heads.exit()).isEqualTo(2);
        assertThat(heads.err()).isEqualTo("retort: the migrations have several heads (bbbbbbbbbbbb, cccccccccccc);"
                + " name the parent with --head REV, or join them first with 'retort merge -m MSG heads'\n");
    }

    @Test
    void headsListsTheRevisionsNothingFollows() throws IOException {
        properties();
        assertThat(run("heads").out()).isEqualTo("no migrations\n");
        assertThat(run("revision", "-m", "start", "--rev-id", "aaaaaaaaaaaa").exit()).isZero();
        assertThat(run("revision", "-m", "next", "--rev-id", "bbbbbbbbbbbb").exit()).isZero();
        CliRun.Result heads = run("heads", "--json");
        assertThat(heads.exit()).isZero();
        assertThat(heads.out()).isEqualTo("""
                {
                  "heads": [
                    {
                      "revision": "bbbbbbbbbbbb",
                      "parents": ["aaaaaaaaaaaa"],
                      "message": "next",
                      "file": "%s"
                    }
                  ]
                }
                """.formatted(files().stream().map(f -> f.getFileName().toString()).filter(f -> f.endsWith("__Next.java"))
                .findFirst().orElseThrow()));
    }

    @Test
    void currentAndStampNeedADatabase() throws IOException {
        properties();
        assertThat(run("current").err()).startsWith("retort: current needs a database: ");
        assertThat(run("stamp", "head").err()).startsWith("retort: stamp needs a database: ");
        assertThat(run("stamp", "head").exit()).isEqualTo(2);
    }

    @Test
    void upgradeAndDowngradeNeedADatabase() throws IOException {
        properties();
        CliRun.Result up = run("upgrade");
        assertThat(up.exit()).isEqualTo(2);
        assertThat(up.out()).isEmpty();
        assertThat(up.err()).isEqualTo("retort: upgrade needs a database: set url in retort.properties, RETORT_URL"
                + " or --url (the embedded shadow database only serves diff, check and revision)\n");
        assertThat(run("downgrade", "base").err()).startsWith("retort: downgrade needs a database: ");
        assertThat(run("downgrade").exit()).isEqualTo(2);
    }

    @Test
    void offlineSqlOverARangeNeedsNoDatabase() throws IOException {
        properties();
        assertThat(run("revision", "-m", "start", "--rev-id", "aaaaaaaaaaaa").exit()).isZero();
        CliRun.Result sql = run("upgrade", "base:aaaaaaaaaaaa", "--sql");
        assertThat(sql.exit()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE IF NOT EXISTS public.retort_history", "'aaaaaaaaaaaa'",
                "COMMIT;\n");
    }

    @Test
    void migrationsThatDoNotCompileAreAUsageError() throws IOException {
        properties();
        Files.createDirectories(migrations());
        Files.writeString(migrations().resolve("V20260101_000000__Broken.java"),
                "package db.migrations;\n\npublic class V20260101_000000__Broken { int x = ; }\n");
        CliRun.Result result = run("revision", "-m", "next");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("retort: the migrations in " + migrations() + " do not compile; fix"
                + " them and run again:\nV20260101_000000__Broken.java:3: error: ");
    }

    @Test
    void upgradeRefusesMigrationsThatDoNotCompileBeforeConnecting() throws IOException {
        MigrationSources.write(migrations(), "V20260101_000000__Broken", "aaaaaaaaaaaa", MigrationSources.BROKEN);
        ExpectedFailure.expect(CliRun.in(dir), 2, "the migrations in " + migrations() + " do not compile; fix them "
                + "and run again:\n" + MigrationSources.brokenError("V20260101_000000__Broken"), "upgrade", "--url",
                "jdbc:postgresql://127.0.0.1:1/app", "--migrations-dir", migrations().toString());
    }
}
