package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code ./retort} launcher as users run it: the first command that scans entities writes the
 * class data sharing archive, later runs use it and print exactly the same, and the JVM's own log never reaches
 * standard output.
 */
class LauncherIT {

    private static final Path LAUNCHER = ExampleProject.REPOSITORY.resolve("retort");

    @TempDir
    Path cache;

    /**
     * Marks the example's classes as built, as the launcher's first run would have. Why: Maven compiled them for
     * this test run already, and the launcher would otherwise start a Maven build of its own.
     */
    @BeforeEach
    void exampleIsBuilt() throws IOException {
        assertThat(ExampleProject.CLASSES).isDirectory();
        Path stamp = ExampleProject.MODULE.resolve("target/retort-example.stamp");
        if (!Files.exists(stamp)) {
            Files.createFile(stamp);
        }
        Files.setLastModifiedTime(stamp, FileTime.from(Instant.now()));
    }

    @Test
    void theFirstScanWritesTheArchiveThatLaterRunsUseWithTheSameOutput() throws Exception {
        Run first = run(Map.of(), "entities", "--config", "example/retort.properties", "--json");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("{\n").endsWith("}\n");
        assertThat(first.err()).isEqualTo("scanning the entity classes in " + ExampleProject.CLASSES + "...\n");
        List<Path> archives = archives();
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

        // Why the class loading log: classes mapped from a dynamic archive are logged as from its "top" layer.
        Path loaded = cache.resolve("class-load.log");
        Run shared = run(Map.of("RETORT_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded), "entities", "--config",
                "example/retort.properties", "--json");
        assertThat(shared).isEqualTo(first);
        assertThat(archives()).isEqualTo(archives);
        assertThat(Files.readString(loaded)).contains("org.hibernate.boot.MetadataSources source: shared objects file (top)");

        Run without = run(Map.of("RETORT_CDS", "off"), "entities", "--config", "example/retort.properties", "--json");
        assertThat(without).isEqualTo(first);
    }

    @Test
    void aCommandThatScansNothingWritesNoArchive() throws Exception {
        Run version = run(Map.of(), "--version");
        assertThat(version).isEqualTo(new Run(0, "retort 0.1.0-SNAPSHOT\n", ""));
        assertThat(archives()).isEmpty();
    }

    private List<Path> archives() throws IOException {
        Path directory = cache.resolve("retort/cds");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private Run run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(cache, "out", ".txt");
        Path err = Files.createTempFile(cache, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ExampleProject.REPOSITORY.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("RETORT_JAVA_OPTS");
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        Run run = new Run(exit, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** What one run printed and how it exited. */
    private record Run(int exit, String out, String err) {
    }
}
