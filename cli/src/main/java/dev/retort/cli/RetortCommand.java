package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code retort} command; without a subcommand it prints its usage. */
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
