package dev.retort.codegen.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .java} files under a migrations folder, in a stable order, and the hash that keys their classes. */
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
     * SHA-256 over every file's relative path and bytes, plus what else changes the compiled classes: the Java
     * version and the class path they are compiled against.
     */
    String hash(String compilerContext) throws IOException {
        MessageDigest digest = sha256();
        update(digest, compilerContext);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            update(digest, relative(root, file));
            update(digest, Integer.toString(content.length));
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
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
