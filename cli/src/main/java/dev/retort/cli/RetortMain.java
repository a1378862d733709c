package dev.retort.cli;

import dev.retort.cli.failure.FailureHandler;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code ./retort} and {@code retort.jar}. */
public final class RetortMain {

    private static final int USAGE_WIDTH = 110;

    private RetortMain() {
    }

    public static void main(String[] given) {
        String[] args = arguments(given);
        CommandLine cli = commandLine(CliEnvironment.ofProcess(), args);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exit = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exit);
    }

    /** The arguments as picocli reads them: options every command takes may come before the command's name. */
    public static String[] arguments(String... given) {
        return Subcommands.withLeadingOptionsAfterCommand(given);
    }

    /**
     * The command line configured for {@code args} (as {@link #arguments} gives them): the commands they need (see {@link Subcommands}), and the one
     * mapping from failures to exit codes.
     */
    public static CommandLine commandLine(CliEnvironment environment, String... args) {
        CommandLine cli = new CommandLine(new RetortCommand(), new CommandFactory(environment));
        Subcommands.addTo(cli, args);
        // Why wider than picocli's 80 columns: option descriptions name dotted properties and packages, which
        // picocli would break at the dots.
        cli.setUsageHelpWidth(USAGE_WIDTH);
        cli.setUsageHelpAutoWidth(true);
        FailureHandler failures = new FailureHandler();
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(failures);
        return cli;
    }
}
