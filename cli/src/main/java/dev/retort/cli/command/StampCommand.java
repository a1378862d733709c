package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.migration.runner.StampResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort stamp}: sets the live database's revision without running migrations. */
@Command(name = "stamp", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records the database in url as being at TARGET without running any migration."})
public final class StampCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, base or a revision (or prefix).")
    private String target;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public StampCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (RunnerSession session = RunnerSession.open(configuration, "stamp", false, output.progress())) {
            StampResult result = session.runner().stamp(session.connection(), target);
            output.print(session.database() + " stamped at " + target + " (recorded: "
                    + list(result.recorded()) + "; removed: " + list(result.removed()) + ")\n");
            return ExitCode.OK;
        }
    }

    private static String list(List<String> revisions) {
        return revisions.isEmpty() ? "none" : String.join(", ", revisions);
    }
}
