package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.codegen.compile.CompiledMigration;
import dev.retort.codegen.compile.CompiledMigrations;
import dev.retort.codegen.compile.MigrationCompiler;
import dev.retort.diff.Change;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Step;
import dev.retort.plan.PlannedChange;
import dev.retort.plan.Planner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated classes, compiled and run: {@code upgrade} records exactly the plan's changes in order, and
 * {@code downgrade} their reverses in reverse order, or refuses where an operation has no reverse.
 */
class RoundTripTest {

    @TempDir
    static Path work;

    private static CompiledMigrations compiled;

    @BeforeAll
    static void compileEveryCase() throws Exception {
        Path sources = Files.createDirectories(work.resolve("migrations"));
        for (GoldenCase golden : GoldenCases.all()) {
            golden.generate().writeTo(sources);
        }
        compiled = MigrationCompiler.againstCurrentClassPath(work.resolve("cache")).compile(sources);
    }

    @AfterAll
    static void close() throws Exception {
        compiled.close();
    }

    static Stream<GoldenCase> cases() {
        return GoldenCases.all().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void upgradeRecordsThePlansChangesInOrderWithoutAcceptances(GoldenCase golden) throws Exception {
        Operations ops = new Operations();
        instance(golden).upgrade(ops);

        assertThat(changes(ops)).isEqualTo(golden.plan().steps().stream().map(PlannedChange::change).toList());
        assertThat(ops.steps()).allSatisfy(step -> assertThat(step.accepted()).isEmpty());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void everyRecordedStepNamesTheSourceLineOfItsOperation(GoldenCase golden) throws Exception {
        Operations ops = new Operations();
        instance(golden).upgrade(ops);
        List<String> lines = Files.readAllLines(work.resolve("migrations").resolve(golden.className() + ".java"),
                StandardCharsets.UTF_8);

        for (Step step : ops.steps()) {
            assertThat(step.callSite()).hasValueSatisfying(site -> {
                assertThat(site.fileName()).isEqualTo(golden.className() + ".java");
                assertThat(lines.get(site.line() - 1)).contains("ops.");
            });
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void downgradeRecordsThePlansReverseOrRefusesWhereAnOperationHasNone(GoldenCase golden) throws Exception {
        List<Change> planned = golden.plan().steps().stream().map(PlannedChange::change).toList();
        Migration migration = instance(golden);
        if (planned.stream().anyMatch(MigrationBodies::hasNoReverse)) {
            assertThatThrownBy(() -> migration.downgrade(new Operations()))
                    .isInstanceOf(IrreversibleMigrationException.class)
                    .hasMessage(golden.className() + " cannot be downgraded: no reverse for execute UPDATE users SET"
                            + " email = lower(email)");
            return;
        }
        Operations ops = new Operations();
        migration.downgrade(ops);

        assertThat(changes(ops)).isEqualTo(Planner.reverse(golden.plan(), golden.plan().context()).steps().stream()
                .map(PlannedChange::change).toList());
    }

    private static Migration instance(GoldenCase golden) throws ReflectiveOperationException {
        String name = GoldenCase.PACKAGE + "." + golden.className();
        CompiledMigration migration = compiled.migrations().stream().filter(m -> m.type().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("not compiled: " + name));
        return migration.newInstance();
    }

    private static List<Change> changes(Operations ops) {
        return ops.steps().stream().map(step -> step.change().orElseThrow()).toList();
    }
}
