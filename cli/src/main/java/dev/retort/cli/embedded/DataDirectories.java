package dev.retort.cli.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a cluster's data directory (or a half-made copy of one) with everything in it. */
final class DataDirectories {

    private DataDirectories() {
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
