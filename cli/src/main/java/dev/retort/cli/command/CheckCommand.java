package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Comparison;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.EntityOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.options.RenameOptions;
import dev.retort.cli.output.PlanReview;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retort check}: exit 0 when entities and database agree, exit 1 when changes are pending. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares the entities with the database like diff, but only answers: exit 0 when they "
                + "agree, exit 1 when changes are pending."})
public final class CheckCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RenameOptions renames;

    @Mixin
    private JsonOption json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private EntityOptions entities;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public CheckCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws SQLException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        // Why late: a check that finds nothing (the common CI case) never needs the scratch database's server.
        Comparison comparison = PendingChanges.compare(environment, output, global, connection, entities,
                migrations, renames, false);
        int exit = comparison.plan().isEmpty() ? ExitCode.OK : ExitCode.NO;
        if (json.json()) {
            output.print(PendingChanges.json(comparison));
            return exit;
        }
        StringBuilder text = new StringBuilder(PendingChanges.heading(comparison));
        if (!comparison.plan().isEmpty()) {
            text.append('\n').append(new PlanReview(output.style()).table(comparison.plan()))
                    .append("\nRun 'retort revision --autogenerate -m MESSAGE' to write a migration for them.\n");
        }
        output.print(text.toString());
        return exit;
    }
}
