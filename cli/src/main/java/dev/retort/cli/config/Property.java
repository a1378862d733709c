package dev.retort.cli.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One configuration property of CONTRACT.md section 2: its key, option, environment variables and default. */
public enum Property {
    URL("url", "--url", List.of("RETORT_URL"), null,
            "JDBC URL of the target database; unset: an embedded shadow database"),
    USER("user", "--user", List.of("RETORT_USER"), null,
            "database user; unset: the user of the URL, else postgres"),
    PASSWORD("password", "--password", List.of("RETORT_PASSWORD", "PGPASSWORD"), null,
            "database password; prefer the environment (RETORT_PASSWORD or PGPASSWORD) to this file"),
    SCHEMAS("schemas", "--schemas", List.of("RETORT_SCHEMAS"), "public",
            "comma list of the schemas Retort manages"),
    CLASSPATH("entities.classpath", "--classpath", List.of("RETORT_CLASSPATH"), null,
            "where the compiled entity classes are: directories and jars, separated by the path separator"),
    PACKAGES("entities.packages", "--packages", List.of("RETORT_PACKAGES"), null,
            "comma list of packages to scan; unset: every package on entities.classpath"),
    NAMING("naming", "--naming", List.of("RETORT_NAMING"), "hibernate",
            "naming preset: hibernate, spring, or a PhysicalNamingStrategy class name"),
    MIGRATIONS_DIR("migrations.dir", "--migrations-dir", List.of("RETORT_MIGRATIONS_DIR"),
            "src/main/java/db/migrations", "source folder holding the migration classes"),
    MIGRATIONS_PACKAGE("migrations.package", "--migrations-package", List.of("RETORT_MIGRATIONS_PACKAGE"),
            "db.migrations", "Java package of the migration classes"),
    VERSION_TABLE("version.table", "--version-table", List.of("RETORT_VERSION_TABLE"), "retort_history",
            "history table Retort keeps in the first managed schema"),
    DEV("dev", "--dev", List.of("RETORT_DEV"), "false",
            "true marks the database as a disposable development database"),
    EMBEDDED_VERSION("embedded.version", "--embedded-version", List.of("RETORT_EMBEDDED_VERSION"), "17",
            "major version (14 to 18) of the embedded PostgreSQL used when url is unset");

    private final String key;
    private final String option;
    private final List<String> environment;
    private final String defaultValue;
    private final String description;

    Property(String key, String option, List<String> environment, String defaultValue, String description) {
        this.key = key;
        this.option = option;
        this.environment = environment;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The key in {@code retort.properties}. */
    public String key() {
        return key;
    }

    /** The command-line option. */
    public String option() {
        return option;
    }

    /** The environment variables, the first one winning. */
    public List<String> environment() {
        return environment;
    }

    /** The default, absent where the default is computed or there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** One line on what the property means, for the commented file {@code init} writes. */
    public String description() {
        return description;
    }

    /** The property of a {@code retort.properties} key. */
    public static Optional<Property> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
