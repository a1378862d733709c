package dev.retort.cli.failure;

/**
 * A failure the user must act on: its message is the one line printed on standard error (saying what was
 * wrong and what to do), and its exit code is one of {@link ExitCode}.
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A failure with the given exit code. */
    public static CliFailure of(int exitCode, String message, Throwable cause) {
        return new CliFailure(exitCode, message, cause);
    }

    /** Bad usage or input (exit 2). */
    public static CliFailure usage(String message) {
        return new CliFailure(ExitCode.USAGE, message, null);
    }

    /** Bad usage or input caused by another exception (exit 2). */
    public static CliFailure usage(String message, Throwable cause) {
        return new CliFailure(ExitCode.USAGE, message, cause);
    }

    /** The database failed (exit 3). */
    public static CliFailure database(String message, Throwable cause) {
        return new CliFailure(ExitCode.DATABASE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
