package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.config.ConfigResolver;
import dev.retort.cli.config.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesACommentedFileWithEveryPropertyAndCreatesTheMigrationsFolder() throws IOException {
        CliRun.Result result = CliRun.in(dir).execute("init", "app");
        Path project = dir.resolve("app");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + project.resolve("retort.properties") + "\ncreated "
                + project.resolve("src/main/java/db/migrations") + "\n");
        assertThat(result.err()).isEmpty();
        assertThat(Files.isDirectory(project.resolve("src/main/java/db/migrations"))).isTrue();
        assertThat(Files.readString(project.resolve("retort.properties"))).isEqualTo("""
                # Retort configuration.
                # Every property can also be set by a command-line option or an environment variable:
                # an option wins over the environment, the environment over this file, this file over
                # the default. Relative paths are resolved against the directory of this file.

                # JDBC URL of the target database; unset: an embedded shadow database
                # (option --url, environment RETORT_URL)
                #url=jdbc:postgresql://localhost:5432/app

                # database user; unset: the user of the URL, else postgres
                # (option --user, environment RETORT_USER)
                #user=postgres

                # database password; prefer the environment (RETORT_PASSWORD or PGPASSWORD) to this file
                # (option --password, environment RETORT_PASSWORD or PGPASSWORD)
                #password=

                # comma list of the schemas Retort manages
                # (option --schemas, environment RETORT_SCHEMAS)
                #schemas=public

                # where the compiled entity classes are: directories and jars, separated by the path separator
                # (option --classpath, environment RETORT_CLASSPATH)
                entities.classpath=target/classes

                # comma list of packages to scan; unset: every package on entities.classpath
                # (option --packages, environment RETORT_PACKAGES)
                #entities.packages=com.example.domain

                # naming preset: hibernate, spring, or a PhysicalNamingStrategy class name
                # (option --naming, environment RETORT_NAMING)
                #naming=hibernate

                # source folder holding the migration classes
                # (option --migrations-dir, environment RETORT_MIGRATIONS_DIR)
                #migrations.dir=src/main/java/db/migrations

                # Java package of the migration classes
                # (option --migrations-package, environment RETORT_MIGRATIONS_PACKAGE)
                #migrations.package=db.migrations

                # history table Retort keeps in the first managed schema
                # (option --version-table, environment RETORT_VERSION_TABLE)
                #version.table=retort_history

                # true marks the database as a disposable development database
                # (option --dev, environment RETORT_DEV)
                #dev=false

                # major version (14 to 18) of the embedded PostgreSQL used when url is unset
                # (option --embedded-version, environment RETORT_EMBEDDED_VERSION)
                #embedded.version=17
                """);
    }

    @Test
    void givenOptionsBecomeValuesThatReadBackExceptThePassword() throws IOException {
        CliRun.Result result = CliRun.in(dir).execute("init", "--url", "jdbc:postgresql://db:5432/shop",
                "--password", "hunter2", "--classpath", "build\\classes with space", "--migrations-dir", "db/mig",
                "--dev", "--schemas", "public,sales");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("retort: warning: the password is not written to "
                + dir.resolve("retort.properties") + "; set RETORT_PASSWORD or PGPASSWORD instead\n");
        assertThat(result.out()).endsWith("created " + dir.resolve("db/mig") + "\n");
        String text = Files.readString(dir.resolve("retort.properties"));
        assertThat(text).doesNotContain("hunter2").contains("\n#password=\n")
                .contains("\nentities.classpath=build\\\\classes with space\n");
        Configuration config = ConfigResolver.resolve(Map.of(), Optional.empty(), CliRun.in(dir).environment());
        assertThat(config.url().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(config.password()).isEmpty();
        assertThat(config.value(dev.retort.cli.config.Property.CLASSPATH).orElseThrow().value())
                .isEqualTo("build\\classes with space");
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("db/mig"));
        assertThat(config.dev()).isTrue();
        assertThat(config.schemas()).containsExactly("public", "sales");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "url=jdbc:postgresql://keep/me\n");
        Files.createDirectories(dir.resolve("src/main/java/db/migrations"));
        CliRun.Result result = CliRun.in(dir).execute("init");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + dir.resolve("retort.properties")
                + " exists already; edit it, or remove it to start over\n");
        assertThat(Files.readString(dir.resolve("retort.properties"))).isEqualTo("url=jdbc:postgresql://keep/me\n");
    }

    @Test
    void anExistingMigrationsFolderIsKept() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("src/main/java/db/migrations"));
        CliRun.Result result = CliRun.in(dir).execute("init");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + dir.resolve("retort.properties")
                + "\nthe migrations folder " + migrations + " exists already\n");
    }
}
