package dev.retort.cli.output;

import java.io.PrintWriter;
import java.io.StringWriter;

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

    /**
     * A progress whose lines are held back until {@link Deferred#release()} writes them here. Why: a step run in
     * the background beside another must not interleave its lines with the other's, so output stays the same
     * whatever the timing.
     */
    public Deferred defer() {
        return new Deferred(this);
    }

    private synchronized void write(String text) {
        err.print(text);
        err.flush();
    }

    /** Progress lines held back for a {@link Progress}. */
    public static final class Deferred {

        private final Progress target;
        private final StringWriter buffer = new StringWriter();
        private final Progress progress = new Progress(new PrintWriter(buffer));

        private Deferred(Progress target) {
            this.target = target;
        }

        /** Where the background step writes. */
        public Progress progress() {
            return progress;
        }

        /** Writes the held lines to the progress this was deferred from, in the order they came. */
        public void release() {
            synchronized (progress) {
                target.write(buffer.toString());
                buffer.getBuffer().setLength(0);
            }
        }
    }
}
