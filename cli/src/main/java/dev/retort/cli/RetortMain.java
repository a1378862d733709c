package dev.retort.cli;

import picocli.CommandLine;

/** Entry point of {@code ./retort} and {@code retort.jar}. */
public final class RetortMain {

    private RetortMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new RetortCommand());
    }
}
