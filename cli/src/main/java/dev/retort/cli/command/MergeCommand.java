package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.codegen.GeneratedMigration;
import dev.retort.codegen.MigrationGenerator;
import dev.retort.codegen.RevisionRequest;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlanContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort merge}: writes a merge revision that joins several branches and changes nothing. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a merge revision in migrations.dir: its parents are the named revisions (or every "
                + "head with 'heads'), its upgrade and downgrade are empty. Afterwards there is one head again."})
public final class MergeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "Why they are joined.")
    private String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "The revision id (default: 12 random hex digits).")
    private String revisionId;

    @Parameters(arity = "1..*", paramLabel = "REV",
            description = "The revisions to join (ids or unique prefixes), or 'heads' for every head.")
    private List<String> revisions;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public MergeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        List<String> parents;
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            parents = MergeParents.of(loaded.graph(), revisions);
            RevisionParents.requireNewId(loaded.graph(), Optional.ofNullable(revisionId));
        }
        GeneratedMigration migration = generate(configuration, parents);
        Path file = migration.writeTo(configuration.migrationsDir());
        output.print("wrote " + file + " (revision " + migration.revisionId() + ", merging "
                + String.join(", ", parents) + ")\n");
        return ExitCode.OK;
    }

    private GeneratedMigration generate(Configuration configuration, List<String> parents) {
        // Why the configured server version: an empty plan is never assessed, but a plan needs a context.
        MigrationPlan empty = new MigrationPlan(List.of(),
                PlanContext.withoutStatistics(configuration.embeddedVersion()));
        try {
            return MigrationGenerator.forPackage(configuration.migrationsPackage())
                    .generate(empty, new RevisionRequest(message, parents, Optional.ofNullable(revisionId)));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        }
    }
}
