package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.codegen.compile.CompiledMigration;
import dev.retort.codegen.compile.CompiledMigrations;
import dev.retort.codegen.compile.MigrationCompiler;
import dev.retort.diff.Change;
import dev.retort.diff.ChangeText;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names, messages and SQL that could break a Java source (comment ends, unicode escapes that javac decodes even
 * in comments, quotes, line breaks, HTML, at-signs) still give a class that compiles and records the same values.
 */
class HostileTextTest {

    private static final String NASTY = "a */ b \\u000a c \\\\u0022 \"q\" <b>&amp; @Deprecated\nline two $L $S";

    @Test
    void hostileTextCompilesAndRoundTrips(@TempDir Path dir) throws Exception {
        QualifiedName table = QualifiedName.of("public", "t " + NASTY);
        Column column = Column.of("c " + NASTY, "text").withDefault("E'\\\\u000a'::text").withComment(NASTY);
        Change execute = new Change.Execute(Optional.of("SELECT '" + NASTY + "'"), Optional.empty());
        MigrationPlan plan = Plans.of(List.of(
                new Change.AddColumn(table, column),
                new Change.Backfill(table, column.name(), Optional.empty()),
                new Change.SetComment(table, Optional.empty(), Optional.empty(), Optional.of(NASTY)),
                new Change.DropColumn(table, Column.of("old " + NASTY, "text")),
                execute));
        GeneratedMigration generated = new MigrationGenerator("hostile", () -> "abcdefabcdef",
                Clock.fixed(Instant.parse("2026-11-21T14:30:00Z"), ZoneOffset.UTC))
                .generate(plan, RevisionRequest.of("Fix " + NASTY));
        generated.writeTo(dir.resolve("src"));

        try (CompiledMigrations compiled = MigrationCompiler.againstCurrentClassPath(dir.resolve("cache"))
                .compile(dir.resolve("src"))) {
            CompiledMigration migration = compiled.migrations().get(0);
            Operations ops = new Operations();
            migration.newInstance().upgrade(ops);

            assertThat(migration.type().getAnnotation(Revision.class).message()).isEqualTo("Fix " + NASTY);
            assertThat(ops.steps().stream().map(s -> s.change().orElseThrow()).toList())
                    .isEqualTo(plan.steps().stream().map(PlannedChange::change).toList());
            assertThatThrownBy(() -> migration.newInstance().downgrade(new Operations()))
                    .isInstanceOf(IrreversibleMigrationException.class)
                    .hasMessage(generated.className() + " cannot be downgraded: no reverse for "
                            + ChangeText.describe(execute));
        }
    }
}
