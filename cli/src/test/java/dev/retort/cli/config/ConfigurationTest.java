package dev.retort.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.cli.failure.CliFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every invalid setting fails with exit 2 and a message naming the property, its origin and the remedy. */
class ConfigurationTest {

    @TempDir
    Path dir;

    private Configuration with(Property property, String value) {
        Map<Property, ConfigValue> values = new EnumMap<>(Property.class);
        for (Property p : Property.values()) {
            p.defaultValue().ifPresent(v -> values.put(p, new ConfigValue(v, "default", dir)));
        }
        if (value != null) {
            values.put(property, new ConfigValue(value, property.option(), dir));
        }
        return new Configuration(values, Optional.empty(), java.util.List.of());
    }

    private static void failsWith(Runnable access, String message) {
        Consumer<CliFailure> exitTwo = f -> assertThat(f.exitCode()).isEqualTo(2);
        assertThatThrownBy(access::run).isInstanceOfSatisfying(CliFailure.class, exitTwo).hasMessage(message);
    }

    @Test
    void aMissingClassPathSaysHowToSetIt() {
        failsWith(() -> with(Property.CLASSPATH, null).classpath(),
                "entities.classpath is not set: pass --classpath DIR, set RETORT_CLASSPATH, or add "
                        + "entities.classpath=DIR to retort.properties (the compiled entity classes, e.g. "
                        + "target/classes); 'retort init' writes a retort.properties to start from");
    }

    @Test
    void aClassPathEntryThatDoesNotExistIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        failsWith(() -> with(Property.CLASSPATH, "classes" + File.pathSeparator + "missing.jar").classpath(),
                "entities.classpath (from --classpath) names " + dir.resolve("missing.jar") + ", which does not "
                        + "exist; point it at the compiled entity classes (e.g. target/classes) or their jar");
    }

    @Test
    void invalidValuesNameTheirOriginAndTheRemedy() {
        failsWith(() -> with(Property.DEV, "yes").dev(),
                "dev (from --dev) 'yes' is not a boolean; write true or false");
        failsWith(() -> with(Property.EMBEDDED_VERSION, "13").embeddedVersion(),
                "embedded.version (from --embedded-version) '13' is not a bundled PostgreSQL major version; "
                        + "choose 14 to 18");
        failsWith(() -> with(Property.EMBEDDED_VERSION, "latest").embeddedVersion(),
                "embedded.version (from --embedded-version) 'latest' is not a bundled PostgreSQL major version; "
                        + "choose 14 to 18");
        failsWith(() -> with(Property.MIGRATIONS_PACKAGE, "db-migrations").migrationsPackage(),
                "migrations.package (from --migrations-package) 'db-migrations' is not a Java package name; "
                        + "write a package such as db.migrations");
        failsWith(() -> with(Property.SCHEMAS, " , ").schemas(),
                "schemas (from --schemas) names no schema; write a comma list such as public,sales");
        failsWith(() -> with(Property.CLASSPATH, File.pathSeparator).classpath(),
                "entities.classpath (from --classpath) is empty; name the compiled entity classes "
                        + "(e.g. target/classes)");
    }
}
