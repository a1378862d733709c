package dev.retort.cli.command;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.config.DatabaseUrl;
import dev.retort.cli.database.LiveDatabase;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.output.Progress;
import dev.retort.migration.runner.AssessedStep;
import dev.retort.migration.runner.Direction;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.migration.runner.PathStep;
import dev.retort.migration.runner.RunnerListener;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * What the commands that run migrations share: the compiled migrations, a runner reporting progress, and the
 * live database, which {@code upgrade}, {@code downgrade}, {@code current} and {@code stamp} require.
 */
final class RunnerSession implements AutoCloseable {

    private final LoadedMigrations migrations;
    private final MigrationRunner runner;
    private final Configuration configuration;
    private final String command;
    private LiveDatabase live;

    private RunnerSession(LoadedMigrations migrations, MigrationRunner runner, Configuration configuration,
                          String command) {
        this.migrations = migrations;
        this.runner = runner;
        this.configuration = configuration;
        this.command = command;
    }

    /** Compiles the migrations; the database is connected on first use. */
    static RunnerSession open(Configuration configuration, String command, boolean acceptHazards,
                              Progress progress) {
        LoadedMigrations migrations = LoadedMigrations.load(configuration);
        MigrationRunner runner = new MigrationRunner(migrations.graph(),
                LoadedMigrations.settings(configuration, acceptHazards), listener(progress));
        return new RunnerSession(migrations, runner, configuration, command);
    }

    MigrationRunner runner() {
        return runner;
    }

    /** The live database; without {@code url} a usage failure, since there is nothing to migrate. */
    Connection connection() {
        if (live == null) {
            Optional<DatabaseUrl> url = configuration.url();
            if (url.isEmpty()) {
                throw CliFailure.usage(command + " needs a database: set url in retort.properties, RETORT_URL or"
                        + " --url (the embedded shadow database only serves diff, check and revision)");
            }
            live = LiveDatabase.connect(url.get(), configuration);
        }
        return live.connection();
    }

    /** How output names the database. */
    String database() {
        connection();
        return live.url().display();
    }

    private static RunnerListener listener(Progress progress) {
        return new RunnerListener() {
            @Override
            public void assessed(Direction direction, List<AssessedStep> steps) {
                if (direction == Direction.DOWNGRADE) {
                    steps.stream().filter(step -> !step.flags().isEmpty()).forEach(step -> progress.warn(
                            "downgrade incurs " + step.flags() + " on " + step.operation()));
                }
            }

            @Override
            public void migrationStarted(PathStep migration) {
                progress.step((migration.direction() == Direction.UPGRADE ? "applying " : "reverting ")
                        + migration.source().describe());
            }
        };
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        migrations.close();
    }
}
