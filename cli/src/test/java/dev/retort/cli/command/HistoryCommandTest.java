package dev.retort.cli.command;

import static dev.retort.cli.command.GraphMigrations.A;
import static dev.retort.cli.command.GraphMigrations.B;
import static dev.retort.cli.command.GraphMigrations.C;
import static dev.retort.cli.command.GraphMigrations.D;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} and {@code branches} over a graph with a branch and a merge, without a database. */
class HistoryCommandTest {

    private static final String HISTORY = """
            c3d4e5f6a7b8, c3f0e1d2c3b4 -> e5f6a7b8c9d0 (head) (merge), merge branches
            b7c8d9e0f1a2 -> c3f0e1d2c3b4, require email
            b7c8d9e0f1a2 -> c3d4e5f6a7b8, drop name
            a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
            <base> -> a1b2c3d4e5f6, create users
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void properties() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "migrations.dir=migrations\n");
    }

    private CliRun.Result run(String... args) {
        return CliRun.in(dir).execute(args);
    }

    private String checksum(String file) throws IOException {
        return SourceChecksum.of(Files.readString(dir.resolve("migrations").resolve(file)));
    }

    @Test
    void listsNewestFirstWithParentsAndMarkers() throws IOException {
        assertThat(run("history").out()).isEqualTo("no migrations\n");
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        CliRun.Result history = run("history");
        assertThat(history.err()).isEmpty();
        assertThat(history.exit()).isZero();
        assertThat(history.out()).isEqualTo(HISTORY);
    }

    @Test
    void verboseAddsFileCreationTimeAndChecksum() throws IOException {
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        CliRun.Result history = run("history", "--verbose", "-r", "b7:c3d");
        assertThat(history.exit()).isZero();
        assertThat(history.out()).isEqualTo("""
                Rev: c3d4e5f6a7b8
                Parent: b7c8d9e0f1a2
                File: V20260101_102000__DropName.java
                Created: 2026-01-01T10:20:00Z
                Checksum: %s

                    drop name

                Rev: b7c8d9e0f1a2 (branchpoint)
                Parent: a1b2c3d4e5f6
                Branches into: c3d4e5f6a7b8, c3f0e1d2c3b4
                File: V20260101_101000__AddEmail.java
                Created: 2026-01-01T10:10:00Z
                Checksum: %s

                    add email

                """.formatted(checksum(GraphMigrations.FILE_C), checksum(GraphMigrations.FILE_B)));
        assertThat(run("history", "--verbose", "-r", "e5:").out()).startsWith("""
                Rev: e5f6a7b8c9d0 (head) (merge)
                Merges: c3d4e5f6a7b8, c3f0e1d2c3b4
                """);
        assertThat(run("history", "--verbose", "-r", ":a1").out()).startsWith("""
                Rev: a1b2c3d4e5f6
                Parent: <base>
                """);
    }

    @Test
    void jsonHasOneObjectPerRevision() throws IOException {
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        CliRun.Result history = run("history", "--json", "-r", "c3f:");
        assertThat(history.exit()).isZero();
        assertThat(history.out()).isEqualTo("""
                {
                  "revisions": [
                    {
                      "revision": "e5f6a7b8c9d0",
                      "parents": ["c3d4e5f6a7b8", "c3f0e1d2c3b4"],
                      "message": "merge branches",
                      "created": "2026-01-01T10:40:00Z",
                      "file": "V20260101_104000__MergeBranches.java",
                      "checksum": "%s",
                      "head": true,
                      "branchpoint": false,
                      "merge": true
                    },
                    {
                      "revision": "c3f0e1d2c3b4",
                      "parents": ["b7c8d9e0f1a2"],
                      "message": "require email",
                      "created": "2026-01-01T10:30:00Z",
                      "file": "V20260101_103000__RequireEmail.java",
                      "checksum": "%s",
                      "head": false,
                      "branchpoint": false,
                      "merge": false
                    }
                  ]
                }
                """.formatted(checksum(GraphMigrations.FILE_E), checksum(GraphMigrations.FILE_D)));
        assertThat(run("history", "--json", "-r", ":a1").out()).contains("""
                      "parents": [],
                """, """
                      "branchpoint": false,
                """);
        assertThat(run("history", "--json", "-r", "b7:b7").out()).contains("""
                      "head": false,
                      "branchpoint": true,
                      "merge": false
                """);
    }

    @Test
    void rangesSelectFromAndItsDescendantsUpToTo() throws IOException {
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        assertThat(run("history", "-r", "base:heads").out()).isEqualTo(HISTORY);
        assertThat(run("history", "--rev-range", ":").out()).isEqualTo(HISTORY);
        assertThat(run("history", "-r", "c3d:").out()).isEqualTo("""
                c3d4e5f6a7b8, c3f0e1d2c3b4 -> e5f6a7b8c9d0 (head) (merge), merge branches
                b7c8d9e0f1a2 -> c3d4e5f6a7b8, drop name
                """);
        assertThat(run("history", "-r", ":b7").out()).isEqualTo("""
                a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
                <base> -> a1b2c3d4e5f6, create users
                """);
        assertThat(run("history", "-r", "a1:+1").out()).isEqualTo("""
                a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
                <base> -> a1b2c3d4e5f6, create users
                """);
    }

    @Test
    void badRangesAndRevisionsAreUsageErrors() throws IOException {
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        assertFails(run("history", "-r", "c3d"), "'c3d' is not a range: write FROM:TO (either side may be empty),"
                + " e.g. base:head, 3f9a1c: or :head");
        assertFails(run("history", "-r", "c3d:c3f"), "the range 'c3d:c3f' selects no revision: TO must be FROM or"
                + " one of its descendants");
        assertFails(run("history", "-r", "ff:"), "no revision 'ff': name a revision id or a unique prefix of one,"
                + " head, heads, base, +N, -N, REV+N or REV-N");
        assertFails(run("history", "-r", "c3:"), "'c3' is a prefix of several revisions (" + C + ", " + D
                + "): give more characters");
        assertFails(run("history", "--indicate-current"), "history --indicate-current needs a database: set url in"
                + " retort.properties, RETORT_URL or --url (the embedded shadow database only serves diff, check"
                + " and revision)");
    }

    @Test
    void headIsRefusedWhileThereAreTwoHeads() throws IOException {
        GraphMigrations.writeBranched(dir.resolve("migrations"));
        assertFails(run("history", "-r", "a1:head"), "there are several heads (" + C + " \"drop name\", " + D
                + " \"require email\"): use 'heads' to apply every branch, or write a merge revision with"
                + " 'merge -m MSG heads'");
        assertThat(run("history", "-r", "b7:heads").out()).isEqualTo("""
                b7c8d9e0f1a2 -> c3f0e1d2c3b4 (head), require email
                b7c8d9e0f1a2 -> c3d4e5f6a7b8 (head), drop name
                a1b2c3d4e5f6 -> b7c8d9e0f1a2 (branchpoint), add email
                """);
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() throws IOException {
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        CliRun terminal = CliRun.in(dir).onTerminal();
        assertThat(terminal.execute("history", "-r", ":a1").out())
                .isEqualTo("<base> -> \u001B[1m" + A + "\u001B[0m, create users\n");
        assertThat(terminal.execute("history", "-r", ":a1", "--no-color").out())
                .isEqualTo("<base> -> " + A + ", create users\n");
    }

    @Test
    void branchesListsEachBranchPointWithItsChildren() throws IOException {
        assertThat(run("branches").out()).isEqualTo("no branch points\n");
        assertThat(run("branches", "--json").out()).isEqualTo("""
                {
                  "branchpoints": []
                }
                """);
        GraphMigrations.writeMerged(dir.resolve("migrations"));
        CliRun.Result branches = run("branches");
        assertThat(branches.exit()).isZero();
        assertThat(branches.out()).isEqualTo("""
                b7c8d9e0f1a2 (branchpoint), add email
                             -> c3d4e5f6a7b8, drop name
                             -> c3f0e1d2c3b4, require email
                """);
        assertThat(run("branches", "--json").out()).isEqualTo("""
                {
                  "branchpoints": [
                    {
                      "revision": "%s",
                      "message": "add email",
                      "children": ["%s", "%s"]
                    }
                  ]
                }
                """.formatted(B, C, D));
    }

    private static void assertFails(CliRun.Result result, String message) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + message + "\n");
        assertThat(result.exit()).isEqualTo(2);
    }
}
