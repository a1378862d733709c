package dev.retort.cli.failure;

/**
 * Whether the JVM is shutting down (Ctrl-C or a kill signal): then a command's failure is only the echo of its
 * databases being stopped under it, and the user is told so rather than shown that echo.
 */
public final class Shutdown {

    private static volatile boolean started;

    private Shutdown() {
    }

    /** Called first by every shutdown hook of the CLI. */
    public static void begin() {
        started = true;
    }

    public static boolean started() {
        return started;
    }
}
