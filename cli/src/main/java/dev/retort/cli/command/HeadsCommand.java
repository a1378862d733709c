package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.JsonWriter;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retort heads}: the revisions no other revision follows. */
@Command(name = "heads", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the heads of the migrations in migrations.dir: the revisions nothing follows."})
public final class HeadsCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption json;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public HeadsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            RevisionGraph graph = loaded.graph();
            List<MigrationSource> heads = graph.heads().stream().map(graph::get).toList();
            if (json.json()) {
                output.print(JsonWriter.write(Map.of("heads", heads.stream().map(HeadsCommand::json).toList())));
                return ExitCode.OK;
            }
            StringBuilder text = new StringBuilder(heads.isEmpty() ? "no migrations\n" : "");
            heads.forEach(head -> text.append(head.id()).append("  ").append(head.message()).append("  (")
                    .append(head.location()).append(")\n"));
            output.print(text.toString());
            return ExitCode.OK;
        }
    }

    private static Map<String, Object> json(MigrationSource source) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("revision", source.id());
        head.put("parents", source.parents());
        head.put("message", source.message());
        head.put("file", source.location());
        return head;
    }
}
