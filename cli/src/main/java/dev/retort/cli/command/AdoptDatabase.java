package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Autogenerate;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.database.LiveDatabase;
import dev.retort.cli.database.Workspace;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.output.PlanReview;
import dev.retort.codegen.GeneratedMigration;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.migration.history.HistoryReader;
import dev.retort.migration.history.HistoryTable;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * {@code baseline --from-database}: adopts an existing database by writing a first migration that reproduces it
 * as it is and stamping the database with that migration. Nothing is half done: when the stamp fails, the
 * written file is removed again.
 */
final class AdoptDatabase {

    private AdoptDatabase() {
    }

    static void adopt(Configuration configuration, CliEnvironment environment, CommandOutput output,
                      Function<MigrationPlan, GeneratedMigration> generator) throws SQLException, IOException {
        if (configuration.url().isEmpty()) {
            throw CliFailure.usage("baseline --from-database adopts the database in url, but url is not set: set url"
                    + " (retort.properties, RETORT_URL or --url) to the database to adopt");
        }
        requireNoMigrations(configuration);
        try (Workspace workspace = Workspace.open(configuration, environment.migrations(), output.progress(),
                true)) {
            LiveDatabase live = workspace.live().orElseThrow();
            requireNoHistory(live, configuration);
            MigrationPlan plan = Autogenerate.reproduce(workspace.current().model(), workspace);
            GeneratedMigration migration = generator.apply(plan);
            Path file = migration.writeTo(configuration.migrationsDir());
            try {
                stamp(configuration, live, migration.revisionId());
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            output.progress().warn("objects outside Retort's model (views, functions, triggers, grants) are not"
                    + " part of the baseline");
            output.print(report(file, migration.revisionId(), live.url().display(), plan, output));
        }
    }

    private static void requireNoMigrations(Configuration configuration) {
        List<Path> existing = MigrationFiles.existing(configuration);
        if (!existing.isEmpty()) {
            throw CliFailure.usage(configuration.migrationsDir() + " already holds " + existing.size()
                    + (existing.size() == 1 ? " migration" : " migrations") + ": --from-database writes the first"
                    + " migration of a project that has none; move them away first");
        }
    }

    private static String report(Path file, String revision, String database, MigrationPlan plan,
                                 CommandOutput output) {
        String operations = plan.isEmpty() ? "the database has no table; the baseline is empty\n"
                : "\n" + new PlanReview(output.style()).table(plan) + "\n";
        return "wrote " + file + " (revision " + revision + ", no parent), reproducing " + database + "\n"
                + operations + database + " stamped at " + revision + "\n";
    }

    /** Refuses a database that already records Retort revisions: it is adopted already. */
    private static void requireNoHistory(LiveDatabase live, Configuration configuration) throws SQLException {
        HistoryTable table = new HistoryTable(LoadedMigrations.historyTable(configuration));
        History history = HistoryReader.read(live.connection(), table);
        if (!history.entries().isEmpty()) {
            throw CliFailure.usage(live.url().display() + " already records Retort revisions in " + table + " ("
                    + String.join(", ", history.entries().stream().map(HistoryEntry::revision).toList())
                    + "): it is managed by Retort already, so there is nothing to adopt; see 'retort current'");
        }
    }

    private static void stamp(Configuration configuration, LiveDatabase live, String revision) {
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            new MigrationRunner(loaded.graph(), LoadedMigrations.settings(configuration, false))
                    .stamp(live.connection(), revision);
        }
    }
}
