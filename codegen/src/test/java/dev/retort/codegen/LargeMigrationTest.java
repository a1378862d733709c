package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.codegen.compile.CompiledMigrations;
import dev.retort.codegen.compile.MigrationCompiler;
import dev.retort.diff.Change;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Step;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import dev.retort.plan.Planner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan whose body is too large for one Java method (an initial migration of 300 tables: about 150 KiB of
 * bytecode, where a method holds at most 64 KiB) is written in parts that compile and still record the plan.
 */
class LargeMigrationTest {

    private static final int TABLES = 300;

    private static final Pattern PART = Pattern.compile("private void (upgrade|downgrade)Part(\\d+)\\(");

    @TempDir
    Path work;

    @Test
    void aBodyTooLargeForOneMethodIsSplitIntoPartsCalledInOrder() throws Exception {
        GeneratedMigration migration = generate();

        List<String> parts = new ArrayList<>();
        Matcher matcher = PART.matcher(migration.source());
        while (matcher.find()) {
            parts.add(matcher.group(1) + "Part" + matcher.group(2));
        }
        long upgradeParts = parts.stream().filter(p -> p.startsWith("upgrade")).count();
        long downgradeParts = parts.size() - upgradeParts;
        assertThat(upgradeParts).isGreaterThan(3);
        assertThat(downgradeParts).isGreaterThan(1);
        assertThat(migration.source()).contains("public void upgrade(Operations ops) {\n"
                + calls("upgrade", upgradeParts) + "    }\n");
        assertThat(migration.source()).contains("public void downgrade(Operations ops) {\n"
                + calls("downgrade", downgradeParts) + "    }\n");
    }

    @Test
    void thePartsCompileAndRecordThePlanAndItsReverseInOrderWithTheirSourceLines() throws Exception {
        MigrationPlan plan = plan();
        GeneratedMigration migration = generate();
        Path sources = Files.createDirectories(work.resolve("migrations"));
        migration.writeTo(sources);
        List<String> lines = Files.readAllLines(sources.resolve(migration.fileName()), StandardCharsets.UTF_8);

        try (CompiledMigrations compiled = MigrationCompiler.againstCurrentClassPath(work.resolve("cache"))
                .compile(sources)) {
            Migration instance = compiled.migrations().get(0).newInstance();
            Operations up = new Operations();
            instance.upgrade(up);
            Operations down = new Operations();
            instance.downgrade(down);

            assertThat(changes(up)).isEqualTo(plan.steps().stream().map(PlannedChange::change).toList());
            assertThat(changes(down)).isEqualTo(Planner.reverse(plan, plan.context()).steps().stream()
                    .map(PlannedChange::change).toList());
            assertThat(new HashSet<>(up.steps().stream().map(s -> s.callSite().orElseThrow().line()).toList()))
                    .hasSize(up.steps().size())
                    .allSatisfy(line -> assertThat(lines.get(line - 1)).contains("ops."));
        }
    }

    private static String calls(String body, long parts) {
        StringBuilder calls = new StringBuilder();
        for (int i = 1; i <= parts; i++) {
            calls.append("        ").append(body).append("Part").append(i).append("(ops);\n");
        }
        return calls.toString();
    }

    private static GeneratedMigration generate() {
        return new MigrationGenerator("db.large", () -> "0123456789ab",
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC))
                .generate(plan(), new RevisionRequest("initial schema", List.of(), Optional.empty()));
    }

    /** Creates {@link #TABLES} tables of 12 columns, each with a unique constraint, an index and a foreign key. */
    private static MigrationPlan plan() {
        List<Table> tables = IntStream.range(0, TABLES).mapToObj(LargeMigrationTest::table).toList();
        return Plans.of(tables.stream().<Change>map(Change.CreateTable::new).toList(),
                new HashSet<>(tables.stream().map(Table::name).toList()));
    }

    private static Table table(int i) {
        String name = String.format(Locale.ROOT, "t%03d", i);
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", "bigint").withIdentity(new Identity(
                IdentityGeneration.BY_DEFAULT, name + "_id_seq", SequenceOptions.defaults("bigint", 1)))));
        columns.add(Column.of("parent_id", "bigint"));
        columns.add(Column.of("code", "character varying(32)").notNull().withDefault("'new'::character varying"));
        for (int c = 0; c < 9; c++) {
            columns.add(Column.of("field" + c, c % 2 == 0 ? "integer" : "text"));
        }
        Table table = Table.of(QualifiedName.of("public", name), columns)
                .withPrimaryKey(PrimaryKey.of(name + "_pkey", "id"))
                .withUniqueConstraints(List.of(UniqueConstraint.of(name + "_code_key", "code")))
                .withIndexes(List.of(Index.on(name + "_field0_idx", "field0")));
        return i == 0 ? table : table.withForeignKeys(List.of(ForeignKey.of(name + "_parent_fk",
                List.of("parent_id"), QualifiedName.of("public", String.format(Locale.ROOT, "t%03d", i - 1)),
                List.of("id"))));
    }

    private static List<Change> changes(Operations ops) {
        return ops.steps().stream().map(Step::change).map(Optional::orElseThrow).toList();
    }
}
