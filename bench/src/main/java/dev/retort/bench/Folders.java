package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies a folder tree. */
final class Folders {

    private Folders() {
    }

    /** Copies {@code source} (files and subfolders) to the new folder {@code destination} and returns it. */
    static Path copy(Path source, Path destination) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path copy = destination.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(path, copy);
            }
        }
        return destination;
    }
}
