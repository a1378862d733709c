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

/** {@code retort diff}: the pending change operations with hazards and SQL; writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares the entities with the database at its current revision and prints the pending "
                + "change operations with their hazards and SQL. Writes nothing; exits 0 whether or not changes "
                + "are pending."})
public final class DiffCommand implements Callable<Integer> {

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

    public DiffCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws SQLException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Comparison comparison = PendingChanges.compare(environment, output, global, connection, entities,
                migrations, renames, true);
        if (json.json()) {
            output.print(PendingChanges.json(comparison));
            return ExitCode.OK;
        }
        StringBuilder text = new StringBuilder(PendingChanges.heading(comparison));
        if (!comparison.plan().isEmpty()) {
            PlanReview review = new PlanReview(output.style());
            text.append('\n').append(review.table(comparison.plan())).append("\nSQL:\n")
                    .append(review.sql(comparison.plan()));
        }
        output.print(text.toString());
        return ExitCode.OK;
    }
}
