package dev.retort.cli;

import dev.retort.cli.command.BaselineCommand;
import dev.retort.cli.command.BranchesCommand;
import dev.retort.cli.command.CheckCommand;
import dev.retort.cli.command.CurrentCommand;
import dev.retort.cli.command.DiffCommand;
import dev.retort.cli.command.DowngradeCommand;
import dev.retort.cli.command.EntitiesCommand;
import dev.retort.cli.command.HeadsCommand;
import dev.retort.cli.command.HistoryCommand;
import dev.retort.cli.command.InitCommand;
import dev.retort.cli.command.MergeCommand;
import dev.retort.cli.command.ReviewCommand;
import dev.retort.cli.command.RevisionCommand;
import dev.retort.cli.command.ShowCommand;
import dev.retort.cli.command.StampCommand;
import dev.retort.cli.command.UpgradeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code retort} command; without a subcommand it prints its usage.
 *
 * <p>The commands that need the migration runtime and the code generator (revision, upgrade, downgrade,
 * current, history, heads, branches, show, merge, stamp, review, baseline) reuse {@link dev.retort.cli.compare.Autogenerate} for the comparison,
 * {@link dev.retort.cli.database.Workspace} for connections and the embedded server, and
 * {@link dev.retort.cli.database.MigrationSupport} for replaying and reading migrations.
 */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0-SNAPSHOT",
        description = "Autogenerates reviewable, hazard-aware PostgreSQL migrations from JPA entities.",
        subcommands = {InitCommand.class, EntitiesCommand.class, DiffCommand.class, CheckCommand.class,
                RevisionCommand.class, UpgradeCommand.class, DowngradeCommand.class, CurrentCommand.class,
                StampCommand.class, HistoryCommand.class, HeadsCommand.class, BranchesCommand.class,
                ShowCommand.class, MergeCommand.class, ReviewCommand.class, BaselineCommand.class,
                CommandLine.HelpCommand.class})
public final class RetortCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
