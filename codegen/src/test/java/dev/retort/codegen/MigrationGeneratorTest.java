package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.plan.MigrationPlan;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revision metadata, names and files of generated migrations. */
class MigrationGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T14:30:00.789Z");
    private static final MigrationPlan EMPTY = Plans.of(List.of());

    private final MigrationGenerator generator = new MigrationGenerator("com.example.db", () -> "0123456789ab",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void namesTheClassAfterTheUtcSecondAndTheMessage() {
        GeneratedMigration migration = generator.generate(EMPTY, RevisionRequest.of("Add phone to users", "aa"));

        assertThat(migration.className()).isEqualTo("V20261121_143000__AddPhoneToUsers");
        assertThat(migration.fileName()).isEqualTo("V20261121_143000__AddPhoneToUsers.java");
        assertThat(migration.created()).isEqualTo(Instant.parse("2026-11-21T14:30:00Z"));
        assertThat(migration.revisionId()).isEqualTo("0123456789ab");
        assertThat(migration.source()).startsWith("package com.example.db;\n").contains("""
                @Revision(
                        id = "0123456789ab",
                        parents = {"aa"},
                        message = "Add phone to users",
                        created = "2026-11-21T14:30:00Z"
                )
                public final class V20261121_143000__AddPhoneToUsers implements Migration {
                """);
    }

    @Test
    void aGivenRevisionIdWinsOverTheGenerator() {
        GeneratedMigration migration = generator.generate(EMPTY,
                RevisionRequest.of("First").withRevisionId("release_1"));

        assertThat(migration.revisionId()).isEqualTo("release_1");
        assertThat(migration.source()).contains("id = \"release_1\",\n        parents = {},");
    }

    @Test
    void refusesIdsThatTargetsCouldNotName() {
        assertThatThrownBy(() -> RevisionRequest.of("x").withRevisionId("a-b"))
                .hasMessage("revision id 'a-b' must consist of letters, digits and underscores only");
        assertThatThrownBy(() -> RevisionRequest.of("x").withRevisionId("head"))
                .hasMessage("revision id 'head' is a reserved target name");
        MigrationGenerator badIds = new MigrationGenerator("p", () -> "no:colons", Clock.systemUTC());
        assertThatThrownBy(() -> badIds.generate(EMPTY, RevisionRequest.of("x")))
                .hasMessage("revision id 'no:colons' must consist of letters, digits and underscores only");
    }

    @Test
    void refusesBadRequestsAndPackages() {
        assertThatThrownBy(() -> RevisionRequest.of(" ")).hasMessage("a revision needs a message");
        assertThatThrownBy(() -> RevisionRequest.of("x", "aa", "aa"))
                .hasMessage("a revision names the same parent twice: [aa, aa]");
        assertThatThrownBy(() -> new MigrationGenerator("com.1bad", () -> "a", Clock.systemUTC()))
                .hasMessage("not a Java package name: com.1bad");
        assertThatThrownBy(() -> generator.merge("Merge", List.of("aa")))
                .hasMessage("a merge needs at least two parents, not [aa]");
    }

    @Test
    void aMergeHasEveryParentAndNoOperations() {
        GeneratedMigration merge = generator.merge("Merge heads", List.of("aa", "bb", "cc"));

        assertThat(merge.source()).contains("parents = {\"aa\", \"bb\", \"cc\"},")
                .contains("<p>Revision 0123456789ab, merging aa, bb, cc.")
                .contains("""
                            @Override
                            public void upgrade(Operations ops) {
                            }

                            @Override
                            public void downgrade(Operations ops) {
                            }
                        """);
    }

    @Test
    void defaultIdsAreTwelveLowercaseHexCharactersAndDoNotRepeat() {
        RevisionIds ids = RevisionIds.random();
        List<String> drawn = IntStream.range(0, 1000).mapToObj(i -> ids.next()).toList();

        assertThat(drawn).allMatch(id -> id.matches("[0-9a-f]{12}")).doesNotHaveDuplicates();
    }

    @Test
    void writesTheFileIntoTheFolderAndNeverReplacesOne(@TempDir Path dir) throws Exception {
        GeneratedMigration migration = generator.generate(EMPTY, RevisionRequest.of("Init"));

        Path written = migration.writeTo(dir.resolve("migrations"));

        assertThat(written).isEqualTo(dir.resolve("migrations/V20261121_143000__Init.java"));
        assertThat(Files.readString(written)).isEqualTo(migration.source());
        assertThatThrownBy(() -> migration.writeTo(dir.resolve("migrations")))
                .isInstanceOf(FileAlreadyExistsException.class);
    }
}
