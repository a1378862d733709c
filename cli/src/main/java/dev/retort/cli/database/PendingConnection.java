package dev.retort.cli.database;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.CliFailure;
import dev.retort.concurrent.Handover;
import java.util.Optional;

/**
 * The connection to the configured live target, opened on a thread of its own while the command does other work
 * (loading its migrations); absent when no {@code url} is configured. {@link Workspace#open(PendingConnection,
 * Configuration, MigrationSupport, dev.retort.cli.output.Progress, boolean)} takes it and reports its failure as
 * connecting there would have; close it when no workspace took it.
 */
public final class PendingConnection implements AutoCloseable {

    private final Handover<Optional<LiveDatabase>> database;

    private PendingConnection(Handover<Optional<LiveDatabase>> database) {
        this.database = database;
    }

    /** Starts connecting to the configured target now, in the background. */
    public static PendingConnection start(Configuration configuration) {
        if (configuration.url().isEmpty()) {
            return new PendingConnection(Handover.of(Optional.empty()));
        }
        return new PendingConnection(Handover.start("retort-connect",
                () -> Optional.of(LiveDatabase.connect(configuration.url().get(), configuration)),
                e -> CliFailure.database("interrupted while connecting to the target database", e)));
    }

    /** Connects to the configured target now, on this thread. */
    static PendingConnection now(Configuration configuration) {
        return new PendingConnection(Handover.of(configuration.url().map(url -> LiveDatabase.connect(url,
                configuration))));
    }

    /** Waits for the connection and hands it over; a failure to connect is thrown as it was raised. */
    Optional<LiveDatabase> take() {
        return database.take("this connection");
    }

    /** Closes the connection unless a workspace took it; waits for a connection still being made. */
    @Override
    public void close() {
        database.release(live -> live.ifPresent(LiveDatabase::close));
    }
}
