package dev.retort.cli.options;

import dev.retort.cli.config.Property;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that say where the migrations are and how the database tracks them. */
public final class MigrationOptions implements ConfigOptions {

    @Option(names = "--migrations-dir", paramLabel = "DIR",
            description = "Source folder of the migration classes (default: src/main/java/db/migrations).")
    private String migrationsDir;

    @Option(names = "--migrations-package", paramLabel = "PACKAGE",
            description = "Java package of the migration classes (default: db.migrations).")
    private String migrationsPackage;

    @Option(names = "--version-table", paramLabel = "NAME",
            description = "History table in the first managed schema (default: retort_history).")
    private String versionTable;

    @Option(names = "--dev", negatable = true,
            description = "Mark the database as a disposable development database.")
    private Boolean dev;

    @Override
    public void addTo(Map<Property, String> values) {
        ConfigOptions.put(values, Property.MIGRATIONS_DIR, migrationsDir);
        ConfigOptions.put(values, Property.MIGRATIONS_PACKAGE, migrationsPackage);
        ConfigOptions.put(values, Property.VERSION_TABLE, versionTable);
        ConfigOptions.put(values, Property.DEV, dev == null ? null : dev.toString());
    }
}
