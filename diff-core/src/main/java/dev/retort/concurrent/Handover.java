package dev.retort.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A result computed on a daemon thread of its own and handed over once: {@link #take()} waits for it and throws
 * its failure as it was raised; {@link #release(Consumer)} disposes of a result nobody took. Why daemon: a
 * command that fails before it needs the result must not wait for it to exit.
 *
 * @param <T> the result
 */
public final class Handover<T> {

    private final CompletableFuture<T> result;
    private final Function<InterruptedException, RuntimeException> interrupted;
    private final AtomicBoolean handedOver = new AtomicBoolean();

    private Handover(CompletableFuture<T> result, Function<InterruptedException, RuntimeException> interrupted) {
        this.result = result;
        this.interrupted = interrupted;
    }

    /**
     * Starts {@code work} on a daemon thread named {@code threadName}; a wait interrupted is reported as
     * {@code interrupted} says.
     */
    public static <T> Handover<T> start(String threadName, Callable<T> work,
                                        Function<InterruptedException, RuntimeException> interrupted) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Handover<>(result, interrupted);
    }

    /** A result there already. */
    public static <T> Handover<T> of(T value) {
        return new Handover<>(CompletableFuture.completedFuture(value), IllegalStateException::new);
    }

    /** Waits for the result and hands it over; {@code what} names it if it was handed over already. */
    public T take(String what) {
        if (!handedOver.compareAndSet(false, true)) {
            throw new IllegalStateException(what + " was taken or released already");
        }
        return await();
    }

    /**
     * Disposes of the result with {@code dispose} unless it was taken, waiting for it if it is still being
     * computed; a failure is dropped, since it belongs to a step that never ran.
     */
    public void release(Consumer<T> dispose) {
        if (handedOver.compareAndSet(false, true)) {
            T value;
            try {
                value = await();
            } catch (RuntimeException | Error e) {
                return;
            }
            dispose.accept(value);
        }
    }

    private T await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.apply(e);
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
}
