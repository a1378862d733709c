package dev.retort.cli.failure;

/** The exit codes of CONTRACT.md section 4. */
public final class ExitCode {

    /** Success; for {@code check}, no pending changes. */
    public static final int OK = 0;
    /** The answer is "no": pending changes, or unaccepted blocking hazards. */
    public static final int NO = 1;
    /** Bad usage or bad input: options, configuration, entity classes, migrations, revisions. */
    public static final int USAGE = 2;
    /** The database failed: unreachable, authentication failed, a statement failed. */
    public static final int DATABASE = 3;

    private ExitCode() {
    }
}
