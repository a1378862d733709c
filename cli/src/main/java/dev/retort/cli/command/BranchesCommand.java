package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.GraphJson;
import dev.retort.cli.output.GraphRevision;
import dev.retort.cli.output.GraphText;
import dev.retort.cli.output.JsonWriter;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retort branches}: the branch points, the revisions more than one revision follows. */
@Command(name = "branches", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the branch points of the migrations in migrations.dir (revisions that more than one "
                + "revision follows), newest first, each with the revisions it branches into."})
public final class BranchesCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption json;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public BranchesCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            RevisionGraph graph = loaded.graph();
            Map<String, GraphRevision> byId = graph.revisions().stream().map(MigrationSource::id)
                    .collect(Collectors.toMap(Function.identity(), id -> GraphRevision.of(graph, id)));
            List<GraphRevision> points = new ArrayList<>(graph.branchPoints().stream().map(byId::get).toList());
            Collections.reverse(points);
            output.print(json.json() ? JsonWriter.write(GraphJson.branches(points))
                    : new GraphText(output.style()).branches(points, byId));
            return ExitCode.OK;
        }
    }
}
