package dev.retort.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The entity class path read ahead of a scan, on a thread of its own: the mapped classes found (ClassGraph) and
 * loaded, which needs no PostgreSQL version, while the caller does other work (loading migrations, connecting).
 * {@link EntityScanner#scan(ClassPathReading)} takes what was read and reports its failure as {@link
 * EntityScanner#scan()} would; close the reading when it was not scanned.
 */
public final class ClassPathReading implements AutoCloseable {

    private final List<Path> classpath;
    private final List<String> packages;
    private final CompletableFuture<LoadedClassPath> result = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private ClassPathReading(List<Path> classpath, List<String> packages) {
        this.classpath = List.copyOf(classpath);
        this.packages = List.copyOf(packages);
    }

    /** Starts reading {@code classpath}, restricted to {@code packages} when any are given. */
    public static ClassPathReading start(List<Path> classpath, List<String> packages) {
        ClassPathReading reading = new ClassPathReading(classpath, packages);
        Thread thread = new Thread(reading::read, "retort-class-path");
        // Why daemon: a command that fails before it scans must not wait for the reading to end.
        thread.setDaemon(true);
        thread.start();
        return reading;
    }

    private void read() {
        try {
            result.complete(LoadedClassPath.read(classpath, packages));
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /** Whether this reads the class path and packages of {@code options}. */
    boolean reads(ScanOptions options) {
        return classpath.equals(options.classpath()) && packages.equals(options.packages());
    }

    /** Waits for the reading and hands its loader to the caller; its failure is rethrown unchanged. */
    LoadedClassPath take() {
        if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("this class path reading was scanned or closed already");
        }
        return await();
    }

    private LoadedClassPath await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException("interrupted while reading the entity class path", e);
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

    /** Releases the loaded classes unless a scan took them; waits for a reading still running. */
    @Override
    public void close() {
        if (taken.compareAndSet(false, true)) {
            try {
                LoadedClassPath.closeQuietly(await().loader());
            } catch (RuntimeException | Error e) {
                // A reading that failed holds no loader, and its failure belongs to a scan that never ran.
            }
        }
    }
}
