package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.RetortMain;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real terminal: {@code retort revision --autogenerate} run in its own JVM on a pseudo-terminal (util-linux
 * {@code script}), with {@code y} typed, asks the rename question there and writes a rename.
 */
class RenameOnTerminalIT {

    @TempDir
    Path dir;

    @PostgresTest
    void theQuestionIsAskedOnThePseudoTerminalAndYesRenames(TestDatabase db) throws Exception {
        ScenarioDatabase.build(db, "renamecolumncandidate", "before");
        Path migrations = dir.resolve("migrations");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), RetortMain.class.getName()));
        command.addAll(List.of(ScenarioDatabase.args("revision", db, "renamecolumncandidate", "after",
                "--autogenerate", "-m", "rename", "--rev-id", "aaaaaaaaaaaa", "--no-color", "--migrations-dir",
                migrations.toString())));
        // Why script: it runs the command with a pseudo-terminal as its standard input and output, so the JVM
        // has a console, and passes what is written to its own standard input on as typed keys.
        Process process = new ProcessBuilder("script", "-qec", shellWords(command), "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true).start();
        try (OutputStream keys = process.getOutputStream()) {
            keys.write("y\n".getBytes(StandardCharsets.UTF_8));
        }
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace("\r\n", "\n");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(screen).contains("Did you rename customers.name to customers.full_name (character varying(255))?"
                + " [y/N] ", "  1  rename_column  public.customers.name -> full_name  BREAKS_RUNNING_APP, "
                + "UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK\n");
        try (Stream<Path> files = Files.list(migrations)) {
            assertThat(Files.readString(files.findFirst().orElseThrow()))
                    .contains("ops.renameColumn(CUSTOMERS, \"name\", \"full_name\");").doesNotContain("dropColumn");
        }
    }

    /** The command as one line for {@code sh -c}, every word single-quoted. */
    private static String shellWords(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }
}
