package dev.retort.cli.output;

import java.io.PrintWriter;

/** Progress lines and warnings on standard error, so that standard output stays clean for results and JSON. */
public final class Progress {

    private final PrintWriter err;

    public Progress(PrintWriter err) {
        this.err = err;
    }

    /** A long step beginning, e.g. {@code starting embedded PostgreSQL 17...}. */
    public synchronized void step(String what) {
        err.println(what + "...");
        err.flush();
    }

    /** Something the user should know that does not stop the command. */
    public synchronized void warn(String message) {
        err.println("retort: warning: " + message);
        err.flush();
    }
}
