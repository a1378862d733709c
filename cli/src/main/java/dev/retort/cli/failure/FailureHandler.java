package dev.retort.cli.failure;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        err.println("retort: " + e.getMessage() + suggestion(e) + " (see '" + command + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * {@code ; did you mean X?} for a mistyped command or option: picocli's candidates within a typo's reach of
     * what was typed (an edit distance of at most a third of its length). Why the filter: picocli's own list
     * also offers commands that merely share a letter or two.
     */
    private static String suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String typed = unmatched.getUnmatched().get(0);
        List<String> close = unmatched.getSuggestions().stream()
                .filter(candidate -> editDistance(typed, candidate) <= Math.max(1, typed.length() / 3)).toList();
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
    static int editDistance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
