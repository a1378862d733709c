package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden folder: compares generated sources with the files there, or rewrites them when the build runs with
 * {@code -Dgolden.update=true}.
 */
final class GoldenFiles {

    static final Path DIR = Path.of("src/test/resources/golden");

    private GoldenFiles() {
    }

    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    static void assertMatches(GeneratedMigration migration) throws IOException {
        Path file = DIR.resolve(migration.fileName());
        if (updating()) {
            Files.createDirectories(DIR);
            Files.writeString(file, migration.source(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file (write it with -Dgolden.update=true)").exists();
        assertThat(migration.source()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The file names in the golden folder; when updating, files of cases that no longer exist are removed first. */
    static List<String> fileNames(List<String> expected) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> all = files.toList();
            if (updating()) {
                for (Path stale : all.stream().filter(p -> !expected.contains(p.getFileName().toString())).toList()) {
                    Files.delete(stale);
                }
            }
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
