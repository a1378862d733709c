package dev.retort.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** One generated migration: its revision id and creation time, class and file name, and Java source. */
public record GeneratedMigration(String revisionId, Instant created, String className, String source) {

    /** {@code <className>.java}. */
    public String fileName() {
        return className + ".java";
    }

    /**
     * Writes the source directly into the migrations folder (not into package sub-folders), refusing to replace
     * an existing file; returns the file written.
     */
    public Path writeTo(Path migrationsDir) throws IOException {
        Files.createDirectories(migrationsDir);
        Path file = migrationsDir.resolve(fileName());
        Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }
}
