package dev.retort.scan;

import dev.retort.concurrent.Handover;
import java.nio.file.Path;
import java.util.List;

/**
 * The entity class path read ahead of a scan, on a thread of its own: the mapped classes found (ClassGraph) and
 * loaded, which needs no PostgreSQL version, while the caller does other work (loading migrations, connecting).
 * {@link EntityScanner#scan(ClassPathReading)} takes what was read and reports its failure as {@link
 * EntityScanner#scan()} would; close the reading when it was not scanned.
 */
public final class ClassPathReading implements AutoCloseable {

    private final List<Path> classpath;
    private final List<String> packages;
    private final Handover<LoadedClassPath> read;

    private ClassPathReading(List<Path> classpath, List<String> packages) {
        this.classpath = List.copyOf(classpath);
        this.packages = List.copyOf(packages);
        this.read = Handover.start("retort-class-path", () -> LoadedClassPath.read(this.classpath, this.packages),
                e -> new ScanException("interrupted while reading the entity class path", e));
    }

    /** Starts reading {@code classpath}, restricted to {@code packages} when any are given. */
    public static ClassPathReading start(List<Path> classpath, List<String> packages) {
        return new ClassPathReading(classpath, packages);
    }

    /** Whether this reads the class path and packages of {@code options}. */
    boolean reads(ScanOptions options) {
        return classpath.equals(options.classpath()) && packages.equals(options.packages());
    }

    /** Waits for the reading and hands its loader to the caller; its failure is rethrown unchanged. */
    LoadedClassPath take() {
        return read.take("this class path reading");
    }

    /** Releases the loaded classes unless a scan took them; waits for a reading still running. */
    @Override
    public void close() {
        read.release(loaded -> LoadedClassPath.closeQuietly(loaded.loader()));
    }
}
