package dev.retort.cli.compare;

import dev.retort.cli.database.CurrentSchema;
import dev.retort.cli.database.Workspace;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.output.Progress;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The workspace's current schema (live introspection, or the shadow replay of the migrations), read on a thread
 * of its own while the entities are scanned. Its progress lines are held back and written when it is joined, so
 * the output reads as if the two steps ran one after the other; its failure surfaces unchanged when joined.
 */
final class BackgroundSchema {

    private final CompletableFuture<CurrentSchema> future = new CompletableFuture<>();
    private final Progress.Deferred lines;

    private BackgroundSchema(Progress progress) {
        this.lines = progress.defer();
    }

    /** Starts reading {@code workspace}'s current schema now. */
    static BackgroundSchema start(Workspace workspace, Progress progress) {
        BackgroundSchema schema = new BackgroundSchema(progress);
        Thread thread = new Thread(() -> schema.read(workspace), "retort-current-schema");
        // Why daemon: the command waits for it on every path (join or settle); it must never hold the JVM alive.
        thread.setDaemon(true);
        thread.start();
        return schema;
    }

    private void read(Workspace workspace) {
        try {
            future.complete(workspace.current(lines.progress()));
        } catch (Throwable e) {
            future.completeExceptionally(e);
        }
    }

    /** Waits for the schema; a failure is thrown as the same exception {@link Workspace#current()} threw. */
    CurrentSchema join() throws SQLException {
        try {
            return await();
        } finally {
            lines.release();
        }
    }

    /**
     * Waits for the read to end and drops its result and its failure. Why wait: the workspace closes its
     * connections and stops its servers next, which must not happen under a read still running.
     */
    void settle() {
        try {
            await();
        } catch (SQLException | RuntimeException | Error e) {
            // The other side's failure is the one reported; this one came second.
        }
    }

    private CurrentSchema await() throws SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.database("interrupted while reading the current schema", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static SQLException rethrown(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return sql;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
