package dev.retort.cli.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the clusters' data directories go, and removing one (or a half-made copy of one) with its contents. */
final class DataDirectories {

    /** The free space the memory file system must have to hold the clusters: a shadow of thousands of tables. */
    private static final long MEMORY_NEEDED = 1L << 30;

    private static final Path MEMORY = Path.of("/dev/shm");

    private DataDirectories() {
    }

    /**
     * A new, empty data directory: in {@code /dev/shm} (memory) when there is one with room, else in the temp
     * directory. Why memory: a cluster lives for one command, and creating its files dominates both copying the
     * template (about 1,000 files) and replaying a large baseline (several files per table); on a journaling
     * disk file system each creation costs a tenth of a millisecond or more even with fsync off.
     */
    static Path create() throws IOException {
        return Files.createTempDirectory(memoryHasRoom() ? MEMORY : Path.of(System.getProperty("java.io.tmpdir")),
                "epg");
    }

    private static boolean memoryHasRoom() {
        try {
            return Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
                    && Files.getFileStore(MEMORY).getUsableSpace() >= MEMORY_NEEDED;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Deletes {@code directory} and its contents, depth first. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes like {@link #delete}, leaving whatever cannot be deleted. */
    static void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException e) {
            // A leftover in a temporary or cache directory harms nothing; the command's result stands.
        }
    }
}
