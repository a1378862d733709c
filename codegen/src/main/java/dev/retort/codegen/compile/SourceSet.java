package dev.retort.codegen.compile;

import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code .java} files under a migrations folder, in a stable order, their checksums and the hash that keys
 * their classes.
 */
record SourceSet(Path root, List<Path> files) {

    SourceSet {
        files = List.copyOf(files);
    }

    static SourceSet of(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("the migrations folder " + root + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return new SourceSet(root, walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".java"))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList());
        }
    }

    /** A file's path relative to the folder, with {@code /} separators whatever the platform. */
    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Reads every file once: its checksum ({@link SourceChecksum}), and the cache key, SHA-256 over what else
     * changes the compiled classes (the Java version and the class path they are compiled against) and every
     * file's relative path and checksum. Why the checksum rather than the bytes: one hash pass per file instead
     * of two, and a change of line endings only, which the checksum ignores, compiles to the same classes.
     */
    Digest digest(String compilerContext) throws IOException {
        MessageDigest key = sha256();
        update(key, compilerContext);
        Map<String, String> checksums = new LinkedHashMap<>();
        for (Path file : files) {
            String relative = relative(root, file);
            String checksum = SourceChecksum.ofUtf8(Files.readAllBytes(file));
            checksums.put(relative, checksum);
            update(key, relative);
            update(key, checksum);
        }
        return new Digest(HexFormat.of().formatHex(key.digest()), checksums);
    }

    /** The cache key of a source set and the checksum of each file by its relative path. */
    record Digest(String key, Map<String, String> checksums) {

        Digest {
            checksums = Map.copyOf(checksums);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
