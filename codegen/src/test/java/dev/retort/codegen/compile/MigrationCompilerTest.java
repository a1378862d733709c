package dev.retort.codegen.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.diff.Change;
import dev.retort.migration.Operations;
import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling, caching and loading migration sources, and reporting their compile errors. */
class MigrationCompilerTest {

    private static final String FIRST = """
            package app.migrations;

            import dev.retort.migration.Migration;
            import dev.retort.migration.Operations;
            import dev.retort.migration.Revision;

            @Revision(id = "000000000001", message = "First", created = "2026-11-21T14:30:00Z")
            public final class V20261121_143000__First implements Migration {
                @Override
                public void upgrade(Operations ops) {
                    ops.createSchema("%s");
                }

                @Override
                public void downgrade(Operations ops) {
                    ops.dropSchema("%s");
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void compilesOnceAndThenLoadsFromTheCacheUntilASourceChanges() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(sources.resolve("V20261121_143000__First.java"), FIRST.formatted("sales", "sales"));
        MigrationCompiler compiler = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"));

        Path firstClasses;
        try (CompiledMigrations first = compiler.compile(sources)) {
            assertThat(first.freshlyCompiled()).isTrue();
            assertThat(recordedSchema(first)).isEqualTo("sales");
            firstClasses = first.classesDir();
        }
        try (CompiledMigrations again = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"))
                .compile(sources)) {
            assertThat(again.freshlyCompiled()).isFalse();
            assertThat(again.classesDir()).isEqualTo(firstClasses);
            assertThat(recordedSchema(again)).isEqualTo("sales");
        }

        Files.writeString(sources.resolve("V20261121_143000__First.java"), FIRST.formatted("billing", "billing"));
        try (CompiledMigrations changed = compiler.compile(sources)) {
            assertThat(changed.freshlyCompiled()).isTrue();
            assertThat(changed.classesDir()).isNotEqualTo(firstClasses);
            assertThat(recordedSchema(changed)).isEqualTo("billing");
        }
        assertThat(cacheEntries()).hasSize(2);
    }

    @Test
    void eachMigrationCarriesItsSourceChecksumAndLineEndingsShareOneCacheEntry() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));
        Path file = sources.resolve("V20261121_143000__First.java");
        String text = FIRST.formatted("sales", "sales");
        Files.writeString(file, text);
        MigrationCompiler compiler = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"));
        try (CompiledMigrations lf = compiler.compile(sources)) {
            assertThat(lf.migrations()).singleElement()
                    .satisfies(m -> assertThat(m.checksum()).isEqualTo(SourceChecksum.of(text)));
        }
        Files.writeString(file, text.replace("\n", "\r\n"));
        try (CompiledMigrations crlf = compiler.compile(sources)) {
            assertThat(crlf.freshlyCompiled()).isFalse();
            assertThat(crlf.migrations()).singleElement()
                    .satisfies(m -> assertThat(m.checksum()).isEqualTo(SourceChecksum.of(text)));
        }
        Files.writeString(file, text.replace("sales", "sale$"));
        try (CompiledMigrations edited = compiler.compile(sources)) {
            assertThat(edited.freshlyCompiled()).isTrue();
            assertThat(edited.migrations()).singleElement()
                    .satisfies(m -> assertThat(m.checksum()).isNotEqualTo(SourceChecksum.of(text)));
        }
    }

    @Test
    void aRenamedFileWithTheSameContentIsCompiledAgain() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(sources.resolve("V20261121_143000__First.java"), FIRST.formatted("s", "s"));
        Files.writeString(sources.resolve("Helper.java"), "package app.migrations;\nclass Helper {}\n");
        MigrationCompiler compiler = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"));
        compiler.compile(sources).close();

        Files.move(sources.resolve("Helper.java"), sources.resolve("Helpers.java"));
        try (CompiledMigrations compiled = compiler.compile(sources)) {
            assertThat(compiled.freshlyCompiled()).isTrue();
        }
        assertThat(cacheEntries()).hasSize(2);
    }

    @Test
    void loadsOnlyMigrationClassesAndNamesTheirSourceFiles() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));
        Files.createDirectories(sources.resolve("old"));
        Files.writeString(sources.resolve("old/V20261121_143000__First.java"), FIRST.formatted("s", "s"));
        Files.writeString(sources.resolve("Helper.java"), "package app.migrations;\nclass Helper {}\n");

        try (CompiledMigrations compiled = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"))
                .compile(sources)) {
            assertThat(compiled.migrations()).extracting(m -> m.type().getName(), CompiledMigration::source)
                    .containsExactly(tuple(
                            "app.migrations.V20261121_143000__First", "old/V20261121_143000__First.java"));
        }
    }

    @Test
    void anEmptyFolderHasNoMigrations() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));

        try (CompiledMigrations compiled = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"))
                .compile(sources)) {
            assertThat(compiled.migrations()).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsReported() {
        assertThatThrownBy(() -> MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"))
                .compile(dir.resolve("nowhere")))
                .isInstanceOf(IOException.class)
                .hasMessage("the migrations folder " + dir.resolve("nowhere") + " does not exist");
    }

    @Test
    void compileErrorsNameFileAndLineAndLeaveNoCacheEntry() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("migrations"));
        String broken = FIRST.formatted("s", "s").replace("ops.createSchema(\"s\");", "ops.createSchemaa(\"s\");")
                .replace("ops.dropSchema(\"s\");", "ops.dropSchema(42);");
        Files.writeString(sources.resolve("V20261121_143000__First.java"), broken);

        assertThatThrownBy(() -> MigrationCompiler.againstCurrentClassPath(dir.resolve("cache")).compile(sources))
                .isInstanceOfSatisfying(MigrationCompileException.class, e -> {
                    assertThat(e.errors()).extracting(CompileError::file, CompileError::line).containsExactly(
                            tuple("V20261121_143000__First.java", 11L),
                            tuple("V20261121_143000__First.java", 16L));
                    assertThat(e.getMessage()).startsWith("""
                            V20261121_143000__First.java:11: error: cannot find symbol
                              symbol:   method createSchemaa(java.lang.String)
                              location: variable ops of type dev.retort.migration.Operations
                            V20261121_143000__First.java:16: error: incompatible types: int cannot be converted to \
                            java.lang.String""");
                });
        assertThat(cacheEntries()).isEmpty();
    }

    private static String recordedSchema(CompiledMigrations compiled) throws Exception {
        Operations ops = new Operations();
        compiled.migrations().get(0).newInstance().upgrade(ops);
        return ops.steps().get(0).change().map(c -> ((Change.CreateSchema) c).schema())
                .orElseThrow();
    }

    private List<Path> cacheEntries() throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            return entries.toList();
        }
    }
}
