package dev.retort.cli.failure;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Ends every failed command the same way: one line on standard error ({@code retort: ...}), the stack trace
 * only with {@code --verbose}, and the exit code of {@link Failures#classify}; bad arguments exit 2.
 */
public final class FailureHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    /** The option that asks for stack traces. */
    public static final String VERBOSE = "--verbose";

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, ParseResult parseResult) {
        CliFailure failure = Failures.classify(thrown);
        PrintWriter err = commandLine.getErr();
        err.println("retort: " + failure.getMessage());
        if (commandLine.getParseResult() != null && commandLine.getParseResult().hasMatchedOption(VERBOSE)) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println("retort: " + e.getMessage() + " (see '" + command + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }
}
