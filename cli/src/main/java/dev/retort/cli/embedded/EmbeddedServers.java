package dev.retort.cli.embedded;

import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.Shutdown;
import dev.retort.cli.output.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL servers of one command: at most one per major version, started in the background
 * (so start-up overlaps with scanning the entities), and stopped with their data directories removed on every
 * way out: {@link #close()} on a normal end or a failure, a shutdown hook on Ctrl-C or {@code System.exit}.
 */
public final class EmbeddedServers implements AutoCloseable {

    /** How long stopping waits for a server that is still starting, so none is left running. */
    private static final long START_WAIT_SECONDS = 120;

    private final Progress progress;
    private final Map<Integer, CompletableFuture<EmbeddedServer>> servers = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::stopOnShutdown, "retort-embedded-postgres-stop");
    private boolean hookRegistered;
    private boolean stopped;

    public EmbeddedServers(Progress progress) {
        this.progress = progress;
    }

    /** Starts the server of {@code majorVersion} in the background, unless it was started already. */
    public synchronized PendingServer start(int majorVersion) {
        if (stopped) {
            throw new IllegalStateException("the embedded servers of this command were stopped already");
        }
        CompletableFuture<EmbeddedServer> future = servers.get(majorVersion);
        if (future == null) {
            registerHook();
            progress.step("starting embedded PostgreSQL " + majorVersion);
            future = CompletableFuture.supplyAsync(() -> startServer(majorVersion), EmbeddedServers::daemon);
            servers.put(majorVersion, future);
        }
        return new PendingServer(majorVersion, future);
    }

    private static EmbeddedServer startServer(int majorVersion) {
        try {
            return EmbeddedServer.start(majorVersion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "retort-embedded-postgres-start");
        // Why daemon: a start that hangs must not keep the JVM alive; stopAll waits for it instead.
        thread.setDaemon(true);
        thread.start();
    }

    private void registerHook() {
        if (!hookRegistered) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            hookRegistered = true;
        }
    }

    /** Stops every server (waiting for those still starting) and removes the shutdown hook. */
    @Override
    public void close() {
        stopAll();
        synchronized (this) {
            if (hookRegistered) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down already; the hook has run or is running stopAll itself.
                }
                hookRegistered = false;
            }
        }
    }

    private void stopOnShutdown() {
        Shutdown.begin();
        stopAll();
    }

    private void stopAll() {
        List<CompletableFuture<EmbeddedServer>> toStop;
        synchronized (this) {
            stopped = true;
            toStop = new ArrayList<>(servers.values());
            servers.clear();
        }
        for (CompletableFuture<EmbeddedServer> future : toStop) {
            try {
                future.get(START_WAIT_SECONDS, TimeUnit.SECONDS).stop();
            } catch (ExecutionException e) {
                // It never started, so there is nothing to stop.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (TimeoutException | IOException | RuntimeException e) {
                progress.warn("could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        }
    }

    /** The message of the innermost cause that has one: Zonky wraps the binary resolver's reason. */
    private static String rootMessage(Throwable thrown) {
        String message = thrown.toString();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    /** A server that is starting or started. */
    public static final class PendingServer {

        private final int majorVersion;
        private final CompletableFuture<EmbeddedServer> future;

        PendingServer(int majorVersion, CompletableFuture<EmbeddedServer> future) {
            this.majorVersion = majorVersion;
            this.future = future;
        }

        public int majorVersion() {
            return majorVersion;
        }

        /** Waits until the server runs; a failed start is a database failure (exit 3). */
        public EmbeddedServer await() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CliFailure.database("interrupted while starting the embedded PostgreSQL " + majorVersion, e);
            } catch (ExecutionException e) {
                throw CliFailure.database("cannot start the embedded PostgreSQL " + majorVersion + ": "
                        + rootMessage(e.getCause()) + "; set url to use a database of your own", e.getCause());
            }
        }
    }
}
