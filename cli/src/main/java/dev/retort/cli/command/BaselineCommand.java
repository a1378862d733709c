package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Autogenerate;
import dev.retort.cli.compare.EntityScan;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.config.DatabaseUrl;
import dev.retort.cli.database.LiveDatabase;
import dev.retort.cli.database.Workspace;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.EntityOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.PlanReview;
import dev.retort.codegen.GeneratedMigration;
import dev.retort.codegen.MigrationGenerator;
import dev.retort.codegen.RevisionRequest;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort baseline}: one new initial migration in place of all the others, or one adopting a database. */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Development only: replaces every migration in migrations.dir with one new initial migration "
                + "that creates the entity schema from nothing. Refused unless url is unset (embedded) or the "
                + "database is marked dev=true. With --reset it also empties the managed schemas of that database "
                + "and upgrades it to the new baseline.",
                "With --from-database instead: writes an initial migration that reproduces the database in url as "
                + "it is and stamps the database with it (to adopt an existing database; dev is not required)."})
public final class BaselineCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What it is.")
    private String message;

    @Option(names = "--from-database", description = "Reproduce the database in url and stamp it (adopt it).")
    private boolean fromDatabase;

    @Option(names = "--reset", description = "Also empty the development database's managed schemas and upgrade it.")
    private boolean reset;

    @Option(names = "--rev-id", paramLabel = "ID", description = "The revision id (default: 12 random hex digits).")
    private String revisionId;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private EntityOptions entities;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public BaselineCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws SQLException, IOException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, entities, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        if (fromDatabase) {
            if (reset) {
                throw CliFailure.usage("--reset and --from-database exclude each other: --reset rebuilds a"
                        + " development database from the entities, --from-database adopts a database as it is");
            }
            AdoptDatabase.adopt(configuration, environment, output, plan -> generate(configuration, plan));
            return ExitCode.OK;
        }
        requireDevelopment(configuration);
        List<Path> old = MigrationFiles.existing(configuration);
        try (EntityScan scan = EntityScan.prepare(configuration);
             Workspace workspace = Workspace.open(configuration, environment.migrations(), output.progress(),
                     true)) {
            MigrationPlan plan = Autogenerate.fromNothing(scan, workspace, output.progress());
            GeneratedMigration migration = generate(configuration, plan);
            Path file = MigrationFiles.replace(configuration.migrationsDir(), migration, old);
            output.print(report(file, migration, old, plan, output));
            if (reset) {
                reset(configuration, workspace, output);
            } else {
                workspace.live().ifPresent(live -> output.progress().warn(live.url().display() + " was left as it"
                        + " is and may still record the replaced revisions; 'retort baseline --reset' rebuilds it"
                        + " from the new baseline"));
            }
        }
        return ExitCode.OK;
    }

    /** Refuses unless the target is the embedded database or a database marked {@code dev}. */
    private void requireDevelopment(Configuration configuration) {
        Optional<DatabaseUrl> url = configuration.url();
        if (reset && url.isEmpty()) {
            throw CliFailure.usage("baseline --reset rebuilds the development database in url, but url is not set:"
                    + " set url to that database (marked dev=true), or leave out --reset to only regenerate the"
                    + " baseline");
        }
        if (url.isPresent() && !configuration.dev()) {
            throw CliFailure.usage("baseline replaces every migration in " + configuration.migrationsDir()
                    + " and is for development only, but " + url.get().display() + " is not marked as a development"
                    + " database: if it is a disposable one, set dev=true (in retort.properties, RETORT_DEV=true or"
                    + " --dev); to adopt an existing database, use 'retort baseline --from-database -m MSG'");
        }
    }

    /** Empties the development database and upgrades it to the new baseline. */
    private static void reset(Configuration configuration, Workspace workspace, CommandOutput output)
            throws SQLException {
        LiveDatabase live = workspace.live().orElseThrow();
        List<String> recreated = workspace.empty().model().schemas();
        output.progress().step("emptying " + String.join(", ", configuration.schemas()) + " in "
                + live.url().display());
        DevDatabase.empty(live.connection(), configuration.schemas(), recreated);
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            new MigrationRunner(loaded.graph(), LoadedMigrations.settings(configuration, false))
                    .upgrade(live.connection(), "head");
            output.print(live.url().display() + ": emptied " + String.join(", ", configuration.schemas())
                    + " and upgraded to " + String.join(", ", loaded.graph().heads()) + "\n");
        }
    }

    private GeneratedMigration generate(Configuration configuration, MigrationPlan plan) {
        try {
            return MigrationGenerator.forPackage(configuration.migrationsPackage())
                    .generate(plan, new RevisionRequest(message, List.of(), Optional.ofNullable(revisionId)));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        }
    }

    private static String report(Path file, GeneratedMigration migration, List<Path> old, MigrationPlan plan,
                                 CommandOutput output) {
        StringBuilder text = new StringBuilder("wrote " + file + " (revision " + migration.revisionId()
                + ", no parent)\n");
        text.append(old.isEmpty() ? "there were no migrations to replace\n" : "replaced " + old.size()
                + (old.size() == 1 ? " migration: " : " migrations: ")
                + String.join(", ", old.stream().map(p -> p.getFileName().toString()).sorted().toList()) + "\n");
        text.append(plan.isEmpty() ? "the entities map to no table; the baseline is empty\n"
                : "\n" + new PlanReview(output.style()).table(plan));
        return text.toString();
    }
}
