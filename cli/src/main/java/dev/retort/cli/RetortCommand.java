package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code retort} command; without a subcommand it prints its usage.
 *
 * <p>Its subcommands are added by {@link Subcommands}, only the one a command line names when it names one.
 *
 * <p>The commands that need the migration runtime and the code generator (revision, upgrade, downgrade,
 * current, history, heads, branches, show, merge, stamp, review, baseline) reuse {@link dev.retort.cli.compare.Autogenerate} for the comparison,
 * {@link dev.retort.cli.database.Workspace} for connections and the embedded server, and
 * {@link dev.retort.cli.database.MigrationSupport} for replaying and reading migrations.
 */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0-SNAPSHOT",
        description = "Autogenerates reviewable, hazard-aware PostgreSQL migrations from JPA entities.")
public final class RetortCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
