package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.migration.runner.Direction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort downgrade}: reverts the migrations above a target on the live database. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reverts the migrations above TARGET on the database in url. Not gated by hazards; the "
                + "hazards it incurs are printed before it runs."})
public final class DowngradeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "base, a revision (or prefix), -N, REV-N; with --sql also FROM:TO.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL it would run, history writes included; change nothing.")
    private boolean sql;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public DowngradeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return MigrationMove.run(environment, spec, global, connection, migrations, Direction.DOWNGRADE, target,
                sql, false);
    }
}
