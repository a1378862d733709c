package dev.retort.cli;

import dev.retort.cli.migrate.RuntimeMigrationSupport;
import dev.retort.cli.terminal.Prompter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Runs the CLI in-process with a chosen working directory and environment, capturing both output streams. */
public final class CliRun {

    private final CliEnvironment environment;

    private CliRun(CliEnvironment environment) {
        this.environment = environment;
    }

    /** A run in {@code workingDirectory} with no environment variables and no terminal. */
    public static CliRun in(Path workingDirectory) {
        return new CliRun(new CliEnvironment(workingDirectory, Map.of(), false, new RuntimeMigrationSupport(),
                Optional.empty()));
    }

    public CliRun withVariables(Map<String, String> variables) {
        return new CliRun(environment.withVariables(variables));
    }

    /** As if standard output were a terminal (colour allowed). */
    public CliRun onTerminal() {
        return new CliRun(new CliEnvironment(environment.workingDirectory(), environment.variables(), true,
                environment.migrations(), environment.prompter()));
    }

    /** As if a user at the terminal answered questions through {@code prompter}. */
    public CliRun answering(Prompter prompter) {
        return new CliRun(new CliEnvironment(environment.workingDirectory(), environment.variables(),
                environment.stdoutIsTerminal(), environment.migrations(), Optional.of(prompter)));
    }

    public CliEnvironment environment() {
        return environment;
    }

    public Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = RetortMain.arguments(args);
        var cli = RetortMain.commandLine(environment, arguments);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(arguments);
        return new Result(exit, out.toString(), err.toString());
    }

    /** What a run printed and how it exited. */
    public record Result(int exit, String out, String err) {

        /** Standard error without the progress lines ({@code ...}), i.e. the warnings and the error line. */
        public String errWithoutProgress() {
            return err.lines().filter(l -> !l.endsWith("...")).map(l -> l + "\n").reduce("", String::concat);
        }
    }
}
