package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.EntityScan;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.EntityOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.output.EntitiesOutput;
import dev.retort.cli.output.JsonWriter;
import dev.retort.scan.ScanResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retort entities}: the entity classes found and the tables and columns each maps to. */
@Command(name = "entities", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the entity classes found and the tables and columns each maps to.")
public final class EntitiesCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption json;

    @Mixin
    private EntityOptions entities;

    @Mixin
    private GlobalOptions global;

    public EntitiesCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, entities);
        configuration.warnings().forEach(output.progress()::warn);
        // Why the embedded version: listing needs no database, and the version only matters for DDL details.
        ScanResult scan;
        try (EntityScan entityScan = EntityScan.prepare(configuration)) {
            scan = entityScan.run(configuration.embeddedVersion(), output.progress());
        }
        output.print(json.json() ? JsonWriter.write(EntitiesOutput.document(scan))
                : EntitiesOutput.text(scan, output.style()));
        return ExitCode.OK;
    }
}
