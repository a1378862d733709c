package dev.retort.migration.library;

import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.runner.DatabaseAccessException;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.migration.runner.MigrationStateException;
import dev.retort.migration.runner.RunResult;
import dev.retort.migration.runner.RunnerSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The entry point for applications: applies the migrations of a package on the class path to a
 * {@link DataSource} at start-up, with the same runner, checks and history table as the CLI's {@code upgrade}.
 * Failures are {@link dev.retort.migration.MigrationException}s whose category says what went wrong.
 */
public final class RetortMigrations {

    private RetortMigrations() {
    }

    /** Upgrades to {@code head}, with the history in {@code public.retort_history}. */
    public static RunResult applyPackage(DataSource dataSource, String packageName) {
        return applyPackage(dataSource, packageName, RunnerSettings.defaults(), "head");
    }

    /** Upgrades to the target (e.g. {@code head} or {@code heads}) with the given settings. */
    public static RunResult applyPackage(DataSource dataSource, String packageName, RunnerSettings settings,
                                         String target) {
        Objects.requireNonNull(dataSource, "dataSource");
        List<MigrationSource> sources = MigrationClasses.inPackage(classLoader(), packageName);
        if (sources.isEmpty()) {
            // Why an error and not "nothing to do": a mistyped package name would otherwise start the
            // application on an unmigrated database.
            throw new MigrationStateException("no migration classes (implementing Migration, annotated @Revision)"
                    + " in package " + packageName + " on the class path");
        }
        RevisionGraph graph = RevisionGraph.of(sources);
        try (Connection connection = dataSource.getConnection()) {
            return new MigrationRunner(graph, settings).upgrade(connection, target);
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not connect to apply the migrations of " + packageName, e);
        }
    }

    /**
     * Why the context class loader first: in application servers and Spring Boot's launcher, the application's
     * classes are visible there and not necessarily to the loader of this library.
     */
    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RetortMigrations.class.getClassLoader();
    }
}
