package dev.retort.cli.database;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.CliFailure;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The connection to the configured live target, opened on a thread of its own while the command does other work
 * (loading its migrations); absent when no {@code url} is configured. {@link Workspace#open(PendingConnection,
 * Configuration, MigrationSupport, dev.retort.cli.output.Progress, boolean)} takes it and reports its failure as
 * connecting there would have; close it when no workspace took it.
 */
public final class PendingConnection implements AutoCloseable {

    private final CompletableFuture<Optional<LiveDatabase>> database;
    private final AtomicBoolean taken = new AtomicBoolean();

    private PendingConnection(CompletableFuture<Optional<LiveDatabase>> database) {
        this.database = database;
    }

    /** Starts connecting to the configured target now, in the background. */
    public static PendingConnection start(Configuration configuration) {
        if (configuration.url().isEmpty()) {
            return new PendingConnection(CompletableFuture.completedFuture(Optional.empty()));
        }
        CompletableFuture<Optional<LiveDatabase>> database = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                database.complete(Optional.of(LiveDatabase.connect(configuration.url().get(), configuration)));
            } catch (Throwable e) {
                database.completeExceptionally(e);
            }
        }, "retort-connect");
        // Why daemon: a command that fails before it opens its workspace must not wait for a slow server.
        thread.setDaemon(true);
        thread.start();
        return new PendingConnection(database);
    }

    /** Connects to the configured target now, on this thread. */
    static PendingConnection now(Configuration configuration) {
        return new PendingConnection(CompletableFuture.completedFuture(
                configuration.url().map(url -> LiveDatabase.connect(url, configuration))));
    }

    /** Waits for the connection and hands it over; a failure to connect is thrown as it was raised. */
    Optional<LiveDatabase> take() {
        if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("this connection was taken or closed already");
        }
        return await();
    }

    private Optional<LiveDatabase> await() {
        try {
            return database.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.database("interrupted while connecting to the target database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Closes the connection unless a workspace took it; waits for a connection still being made. */
    @Override
    public void close() {
        if (taken.compareAndSet(false, true)) {
            try {
                await().ifPresent(LiveDatabase::close);
            } catch (RuntimeException | Error e) {
                // A connection that failed holds nothing, and its failure belongs to a workspace never opened.
            }
        }
    }
}
