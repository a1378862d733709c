package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.codegen.compile.CompiledMigration;
import dev.retort.codegen.compile.CompiledMigrations;
import dev.retort.codegen.compile.MigrationCompiler;
import dev.retort.diff.Change;
import dev.retort.plan.PlannedChange;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated migrations equal their golden files, cover every change kind between them, and all compile. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenFilesTest {

    static Stream<GoldenCase> cases() {
        return GoldenCases.all().stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void generatedSourceEqualsItsGoldenFile(GoldenCase golden) throws Exception {
        GoldenFiles.assertMatches(golden.generate());
    }

    @Order(2)
    @Test
    void goldenFolderHoldsExactlyOneFilePerCase() throws Exception {
        List<String> expected = GoldenCases.all().stream().map(c -> c.className() + ".java").sorted().toList();
        assertThat(GoldenFiles.fileNames(expected)).isEqualTo(expected);
    }

    @Order(3)
    @Test
    void goldenPlansTogetherHoldEveryChangeKind() {
        Set<Class<?>> planned = GoldenCases.all().stream().flatMap(c -> c.plan().steps().stream())
                .map(PlannedChange::change).map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> permitted = Set.copyOf(Arrays.asList(Change.class.getPermittedSubclasses()));
        assertThat(permitted).hasSize(39);
        assertThat(planned).isEqualTo(permitted);
        assertThat(GoldenCases.sampledKinds()).isEqualTo(permitted);
    }

    @Order(4)
    @Test
    void everyGoldenFileCompilesToItsMigrationClass(@TempDir Path cache) throws Exception {
        MigrationCompiler compiler = MigrationCompiler.againstCurrentClassPath(cache);
        try (CompiledMigrations compiled = compiler.compile(GoldenFiles.DIR)) {
            assertThat(compiled.migrations()).extracting(m -> m.type().getName(), CompiledMigration::source)
                    .containsExactlyInAnyOrderElementsOf(GoldenCases.all().stream()
                            .map(c -> tuple(GoldenCase.PACKAGE + "." + c.className(),
                                    c.className() + ".java"))
                            .toList());
        }
    }
}
