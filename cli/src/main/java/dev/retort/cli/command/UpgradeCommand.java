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

/** {@code retort upgrade}: applies the migrations up to a target on the live database. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Applies the migrations up to TARGET (default head) to the database in url. A migration "
                + "with a blocking hazard its source does not accept is refused (exit 1) unless --accept-hazards."})
public final class UpgradeCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head, heads, a revision (or prefix), +N, REV+N; with --sql also FROM:TO.")
    private String target;

    @Option(names = "--sql", description = "Print the SQL it would run, history writes included; change nothing.")
    private boolean sql;

    @Option(names = "--accept-hazards", description = "Accept every blocking hazard of the migrations run.")
    private boolean acceptHazards;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public UpgradeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return MigrationMove.run(environment, spec, global, connection, migrations, Direction.UPGRADE, target, sql,
                acceptHazards);
    }
}
