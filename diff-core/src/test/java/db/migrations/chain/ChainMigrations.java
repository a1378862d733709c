package db.migrations.chain;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A linear chain of small migrations, each creating a table and logging itself (with the server process that
 * ran it) in {@code public.applied_log}, which the test creates beforehand.
 */
public final class ChainMigrations {

    private ChainMigrations() {
    }

    /** Revisions {@code c0000000001}, {@code c0000000002}, ... each the child of the one before. */
    public static List<MigrationSource> sources(int count) {
        List<MigrationSource> sources = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> parents = i == 1 ? List.of() : List.of(id(i - 1));
            sources.add(new MigrationSource(id(i), parents, "step " + i,
                    String.format("2026-11-23T10:%02d:00Z", i), Optional.empty(), "ChainMigrations.java",
                    new Step(i)::migration));
        }
        return sources;
    }

    static String id(int i) {
        return String.format("c%011d", i);
    }

    /** The migration of one chain step. */
    private record Step(int index) {

        Migration migration() {
            QualifiedName table = QualifiedName.of("public", String.format("chain_%02d", index));
            return new Migration() {
                @Override
                public void upgrade(Operations ops) {
                    ops.createTable(Table.of(table, List.of(Column.of("id", "bigint"))));
                    ops.execute("INSERT INTO public.applied_log VALUES ('" + id(index) + "', pg_backend_pid())");
                }

                @Override
                public void downgrade(Operations ops) {
                    ops.dropTable(Table.of(table, List.of(Column.of("id", "bigint"))));
                }
            };
        }
    }
}
