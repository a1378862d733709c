package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Comparison;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.output.PlanReview;
import dev.retort.plan.MigrationPlan;
import picocli.CommandLine.Command;

/** {@code retort check}: exit 0 when entities and database agree, exit 1 when changes are pending. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares the entities with the database like diff, but only answers: exit 0 when they "
                + "agree, exit 1 when changes are pending."})
public final class CheckCommand extends PendingChangesCommand {

    public CheckCommand(CliEnvironment environment) {
        super(environment);
    }

    // Why late: a check that finds nothing (the common CI case) never needs the scratch database's server.
    @Override
    boolean scratchEarly() {
        return false;
    }

    @Override
    int exitCode(Comparison comparison) {
        return comparison.plan().isEmpty() ? ExitCode.OK : ExitCode.NO;
    }

    @Override
    String details(MigrationPlan plan, PlanReview review) {
        return review.table(plan)
                + "\nRun 'retort revision --autogenerate -m MESSAGE' to write a migration for them.\n";
    }
}
