package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Comparison;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.output.PlanReview;
import dev.retort.plan.MigrationPlan;
import picocli.CommandLine.Command;

/** {@code retort diff}: the pending change operations with hazards and SQL; writes nothing. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares the entities with the database at its current revision and prints the pending "
                + "change operations with their hazards and SQL. Writes nothing; exits 0 whether or not changes "
                + "are pending."})
public final class DiffCommand extends PendingChangesCommand {

    public DiffCommand(CliEnvironment environment) {
        super(environment);
    }

    @Override
    boolean scratchEarly() {
        return true;
    }

    @Override
    int exitCode(Comparison comparison) {
        return ExitCode.OK;
    }

    @Override
    String details(MigrationPlan plan, PlanReview review) {
        return review.table(plan) + "\nSQL:\n" + review.sql(plan);
    }
}
