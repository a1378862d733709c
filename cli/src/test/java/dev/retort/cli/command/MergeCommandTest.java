package dev.retort.cli.command;

import static dev.retort.cli.command.GraphMigrations.A;
import static dev.retort.cli.command.GraphMigrations.C;
import static dev.retort.cli.command.GraphMigrations.D;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge}: the merge revision it writes, and every way it refuses (writing nothing). */
class MergeCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void properties() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "migrations.dir=migrations\n");
    }

    private CliRun.Result run(String... args) {
        return CliRun.in(dir).execute(args);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.sorted().toList();
        }
    }

    /** The one file that is not among the graph's. */
    private Path written() throws IOException {
        List<Path> added = files().stream().filter(f -> !f.getFileName().toString().startsWith("V20260101_"))
                .toList();
        assertThat(added).hasSize(1);
        return added.get(0);
    }

    @Test
    void mergesEveryHeadIntoOne() throws IOException {
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        CliRun.Result merge = run("merge", "-m", "join branches", "heads", "--rev-id", "0f0f0f0f0f0f");
        assertThat(merge.err()).isEmpty();
        assertThat(merge.exit()).isZero();
        Path file = written();
        assertThat(file.getFileName().toString()).matches("V\\d{8}_\\d{6}__JoinBranches\\.java");
        assertThat(merge.out()).isEqualTo("wrote " + file + " (revision 0f0f0f0f0f0f, merging " + C + ", " + D
                + ")\n");
        assertThat(Files.readString(file)).contains("id = \"0f0f0f0f0f0f\"",
                "parents = {\"" + C + "\", \"" + D + "\"}", "message = \"join branches\"",
                "public void upgrade(Operations ops) {\n    }", "public void downgrade(Operations ops) {\n    }");
        assertThat(run("history", "-r", "c3d:").out()).isEqualTo("""
                c3d4e5f6a7b8, c3f0e1d2c3b4 -> 0f0f0f0f0f0f (head) (merge), join branches
                b7c8d9e0f1a2 -> c3d4e5f6a7b8, drop name
                """);
        assertFails(run("merge", "-m", "again", "heads"), "there is only one head (0f0f0f0f0f0f): nothing to"
                + " merge");
    }

    @Test
    void mergesNamedRevisionsInTheOrderGivenWithARandomId() throws IOException {
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        CliRun.Result merge = run("merge", "-m", "join", "c3f", "c3d4");
        assertThat(merge.exit()).isZero();
        String source = Files.readString(written());
        assertThat(source).contains("parents = {\"" + D + "\", \"" + C + "\"}");
        String id = source.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(merge.out()).endsWith(" (revision " + id + ", merging " + D + ", " + C + ")\n");
        assertThat(run("heads").out()).startsWith(id + "  join  (");
    }

    @Test
    void refusesWhatWouldNotJoinTwoBranches() throws IOException {
        assertFails(run("merge", "-m", "join", "heads"), "there are no migrations to merge");
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        assertFails(run("merge", "-m", "join", "c3d"), "a merge needs at least two distinct revisions, not " + C
                + ": name the heads to join, or write 'heads'");
        assertFails(run("merge", "-m", "join", "c3d", C), "a merge needs at least two distinct revisions, not "
                + C + ": name the heads to join, or write 'heads'");
        assertFails(run("merge", "-m", "join", "a1", "c3d"), A + " is an ancestor of " + C + ": a merge joins"
                + " separate branches; name " + C + " without " + A);
        assertFails(run("merge", "-m", "join", "base", "c3d"), "'base' is base, not a revision: a merge joins"
                + " revisions");
        assertFails(run("merge", "-m", "join", "ff", "c3d"), "no revision 'ff': name a revision id or a unique"
                + " prefix of one, head, heads, base, +N, -N, REV+N or REV-N");
        assertFails(run("merge", "-m", "join", "c3", "a1"), "'c3' is a prefix of several revisions (" + C + ", "
                + D + "): give more characters");
        assertFails(run("merge", "-m", "join", "heads", "--rev-id", A), "revision " + A + " already exists ("
                + GraphMigrations.FILE_A + "); choose another --rev-id");
        assertFails(run("merge", "-m", "join", "heads", "--rev-id", "not-hex"), "revision id 'not-hex' must"
                + " consist of letters, digits and underscores only");
        assertThat(files()).hasSize(4);
    }

    @Test
    void needsAMessageAndRevisions() throws IOException {
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        CliRun.Result noMessage = run("merge", "heads");
        assertThat(noMessage.exit()).isEqualTo(2);
        assertThat(noMessage.err()).isEqualTo("retort: Missing required option: '--message=MSG' (see 'retort"
                + " merge --help')\n");
        CliRun.Result noRevisions = run("merge", "-m", "join");
        assertThat(noRevisions.exit()).isEqualTo(2);
        assertThat(noRevisions.err()).isEqualTo("retort: Missing required parameter: 'REV' (see 'retort merge"
                + " --help')\n");
        assertThat(files()).hasSize(4);
    }

    private static void assertFails(CliRun.Result result, String message) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + message + "\n");
        assertThat(result.exit()).isEqualTo(2);
    }
}
