package dev.retort.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.database.MigrationSupport;
import dev.retort.cli.failure.CliFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

    @TempDir
    Path dir;

    private CliEnvironment environment(Map<String, String> variables) {
        return new CliEnvironment(dir, variables, false, MigrationSupport.NONE, Optional.empty());
    }

    private static Map<Property, String> options(Object... pairs) {
        Map<Property, String> options = new EnumMap<>(Property.class);
        for (int i = 0; i < pairs.length; i += 2) {
            options.put((Property) pairs[i], (String) pairs[i + 1]);
        }
        return options;
    }

    private void writeProperties(String text) throws IOException {
        Files.writeString(dir.resolve("retort.properties"), text);
    }

    @Test
    void optionWinsOverEnvironmentWhichWinsOverFileWhichWinsOverDefault() throws IOException {
        writeProperties("schemas=from_file\nnaming=spring\nversion.table=file_history\n");
        Map<String, String> variables = Map.of("RETORT_SCHEMAS", "from_env", "RETORT_NAMING", "spring");
        Configuration config = ConfigResolver.resolve(options(Property.SCHEMAS, "from_option"), Optional.empty(),
                environment(variables));

        assertThat(config.value(Property.SCHEMAS)).contains(new ConfigValue("from_option", "--schemas", dir));
        assertThat(config.value(Property.NAMING)).contains(new ConfigValue("spring", "RETORT_NAMING", dir));
        assertThat(config.value(Property.VERSION_TABLE))
                .contains(new ConfigValue("file_history", "retort.properties", dir.toAbsolutePath()));
        assertThat(config.value(Property.MIGRATIONS_PACKAGE))
                .contains(new ConfigValue("db.migrations", "default", dir));
        assertThat(config.schemas()).containsExactly("from_option");
        assertThat(config.versionTable()).isEqualTo("file_history");
        assertThat(config.migrationsPackage()).isEqualTo("db.migrations");
    }

    @Test
    void everyPropertyHasItsDocumentedDefault() {
        Configuration config = ConfigResolver.resolve(options(), Optional.empty(), environment(Map.of()));
        assertThat(config.url()).isEmpty();
        assertThat(config.user()).isEqualTo("postgres");
        assertThat(config.password()).isEmpty();
        assertThat(config.schemas()).containsExactly("public");
        assertThat(config.value(Property.CLASSPATH)).isEmpty();
        assertThat(config.packages()).isEmpty();
        assertThat(config.naming()).isEqualTo(dev.retort.scan.NamingPreset.hibernate());
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("src/main/java/db/migrations"));
        assertThat(config.migrationsPackage()).isEqualTo("db.migrations");
        assertThat(config.versionTable()).isEqualTo("retort_history");
        assertThat(config.dev()).isFalse();
        assertThat(config.embeddedVersion()).isEqualTo(17);
        assertThat(config.file()).isEmpty();
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void everyPropertyIsReadFromTheFile() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        writeProperties("""
                url=jdbc:postgresql://db.example:5433/app
                user=alice
                password=s3cret
                schemas=public, sales
                entities.classpath=classes
                entities.packages=com.example.a,com.example.b
                naming=spring
                migrations.dir=migrations
                migrations.package=com.example.migrations
                version.table=history
                dev=true
                embedded.version=15
                """);
        Configuration config = ConfigResolver.resolve(options(), Optional.empty(), environment(Map.of()));
        assertThat(config.url().orElseThrow().display()).isEqualTo("postgresql://db.example:5433/app");
        assertThat(config.user()).isEqualTo("alice");
        assertThat(config.password()).contains("s3cret");
        assertThat(config.schemas()).containsExactly("public", "sales");
        assertThat(config.classpath()).containsExactly(dir.resolve("classes"));
        assertThat(config.packages()).containsExactly("com.example.a", "com.example.b");
        assertThat(config.naming()).isEqualTo(dev.retort.scan.NamingPreset.spring());
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.migrationsPackage()).isEqualTo("com.example.migrations");
        assertThat(config.versionTable()).isEqualTo("history");
        assertThat(config.dev()).isTrue();
        assertThat(config.embeddedVersion()).isEqualTo(15);
    }

    @Test
    void everyPropertyIsReadFromItsEnvironmentVariable() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        Map<String, String> variables = Map.ofEntries(Map.entry("RETORT_URL", "jdbc:postgresql://env-host/envdb"),
                Map.entry("RETORT_USER", "bob"), Map.entry("RETORT_PASSWORD", "pw"),
                Map.entry("RETORT_SCHEMAS", "crm"), Map.entry("RETORT_CLASSPATH", "classes"),
                Map.entry("RETORT_PACKAGES", "com.example"), Map.entry("RETORT_NAMING", "com.example.Naming"),
                Map.entry("RETORT_MIGRATIONS_DIR", "db"), Map.entry("RETORT_MIGRATIONS_PACKAGE", "db"),
                Map.entry("RETORT_VERSION_TABLE", "versions"), Map.entry("RETORT_DEV", "TRUE"),
                Map.entry("RETORT_EMBEDDED_VERSION", "14"));
        Configuration config = ConfigResolver.resolve(options(), Optional.empty(), environment(variables));
        assertThat(config.url().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://env-host/envdb");
        assertThat(config.user()).isEqualTo("bob");
        assertThat(config.password()).contains("pw");
        assertThat(config.schemas()).containsExactly("crm");
        assertThat(config.classpath()).containsExactly(dir.resolve("classes"));
        assertThat(config.packages()).containsExactly("com.example");
        assertThat(config.naming()).isEqualTo(dev.retort.scan.NamingPreset.custom("com.example.Naming"));
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("db"));
        assertThat(config.migrationsPackage()).isEqualTo("db");
        assertThat(config.versionTable()).isEqualTo("versions");
        assertThat(config.dev()).isTrue();
        assertThat(config.embeddedVersion()).isEqualTo(14);
    }

    @Test
    void retortPasswordWinsOverPgpasswordWhichWinsOverTheFile() throws IOException {
        writeProperties("password=from_file\n");
        Configuration both = ConfigResolver.resolve(options(), Optional.empty(),
                environment(Map.of("RETORT_PASSWORD", "retort", "PGPASSWORD", "pg")));
        Configuration pgOnly = ConfigResolver.resolve(options(), Optional.empty(),
                environment(Map.of("PGPASSWORD", "pg")));
        Configuration fileOnly = ConfigResolver.resolve(options(), Optional.empty(), environment(Map.of()));
        assertThat(both.password()).contains("retort");
        assertThat(pgOnly.value(Property.PASSWORD)).contains(new ConfigValue("pg", "PGPASSWORD", dir));
        assertThat(fileOnly.password()).contains("from_file");
    }

    @Test
    void blankEnvironmentVariablesAndEmptyFileValuesCountAsUnset() throws IOException {
        writeProperties("naming=\nschemas=sales\n");
        Configuration config = ConfigResolver.resolve(options(), Optional.empty(),
                environment(Map.of("RETORT_SCHEMAS", "  ")));
        assertThat(config.schemas()).containsExactly("sales");
        assertThat(config.value(Property.NAMING)).contains(new ConfigValue("hibernate", "default", dir));
    }

    @Test
    void userAndPasswordComeFromTheUrlWhenNotConfigured() {
        Configuration config = ConfigResolver.resolve(
                options(Property.URL, "postgresql://carol:p%40ss@localhost:5432/app"), Optional.empty(),
                environment(Map.of()));
        assertThat(config.user()).isEqualTo("carol");
        assertThat(config.password()).contains("p@ss");

        Configuration configured = ConfigResolver.resolve(
                options(Property.URL, "jdbc:postgresql://localhost/app?user=carol&password=x", Property.USER, "dave"),
                Optional.empty(), environment(Map.of("PGPASSWORD", "y")));
        assertThat(configured.user()).isEqualTo("dave");
        assertThat(configured.password()).contains("y");
    }

    @Test
    void configOptionNamesAnotherFileWhosePathsAreRelativeToItself() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(elsewhere.resolve("other.properties"), "migrations.dir=../db/migrations\n");
        writeProperties("migrations.dir=ignored\n");
        Configuration config = ConfigResolver.resolve(options(), Optional.of("conf/other.properties"),
                environment(Map.of()));
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.file().orElseThrow().path()).isEqualTo(elsewhere.resolve("other.properties"));
    }

    @Test
    void aMissingConfigFileIsAUsageFailure() {
        assertThatThrownBy(() -> ConfigResolver.resolve(options(), Optional.of("nope.properties"),
                environment(Map.of())))
                .isInstanceOfSatisfying(CliFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessage("the configuration file " + dir.resolve("nope.properties")
                        + " (from --config) does not exist; create one with 'retort init' or correct --config");
    }

    @Test
    void unknownKeysInTheFileAreWarnedAbout() throws IOException {
        writeProperties("urll=jdbc:postgresql://x/y\nschemas=public\n");
        Configuration config = ConfigResolver.resolve(options(), Optional.empty(), environment(Map.of()));
        assertThat(config.warnings()).isEqualTo(List.of("retort.properties: unknown property 'urll' is ignored"));
    }
}
