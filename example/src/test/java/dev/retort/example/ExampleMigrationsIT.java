package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's migrations on a real database of each tested major version: the committed initial migration, then
 * the one the README's command writes, applied, checked against the entities and reverted.
 */
class ExampleMigrationsIT {

    @TempDir
    Path dir;

    @PostgresTest
    void theInitialAndTheGeneratedMigrationBuildTheEntitiesSchemaAndRevert(TestDatabase db) throws Exception {
        String database = db.jdbcUrl().substring("jdbc:".length());
        Path migrations = ExampleProject.committedMigrationsIn(dir.resolve("migrations"));

        InProcessCli.Result initial = run(db, migrations, "upgrade");
        assertThat(initial.out()).isEqualTo(database + ": applied 1 migration (" + ExampleProject.INITIAL_REVISION
                + ")\n");
        assertThat(initial.exit()).isZero();
        assertThat(tables(db)).containsExactly("authors", "book_authors", "books", "customers", "order_lines",
                "orders", "payments", "publishers", "retort_history", "reviews", "stock_items", "warehouses");

        InProcessCli.Result revision = run(db, migrations, ExampleProject.readmeCommandWith("--rev-id",
                "bbbbbbbbbbbb"));
        assertThat(revision.exit()).isZero();
        assertThat(revision.out()).endsWith(ReadmeCommandIT.REVIEW_TABLE);

        InProcessCli.Result refused = run(db, migrations, "upgrade");
        assertThat(refused.out()).isEmpty();
        // Only DATA_LOSS blocks here: the other blocking hazards count where the table holds rows; these are empty.
        List<String> errors = refused.err().lines().filter(l -> !l.endsWith("...")).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).isEqualTo("retort: refused, nothing was run: 1 blocking hazard(s) not accepted");
        assertThat(errors.get(1)).matches("  V\\d{8}_\\d{6}__CouponsLoyaltyPointsAndReturns\\.java:\\d+ "
                + "\\(revision bbbbbbbbbbbb\\) drop_column public\\.customers\\.fax: DATA_LOSS is not accepted\\. "
                + "DROP COLUMN deletes every value of public\\.customers\\.fax\\.");
        assertThat(errors.get(2)).isEqualTo("After review, accept each on its operation with "
                + ".accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards.");
        assertThat(refused.exit()).isEqualTo(1);
        InProcessCli.Result accepted = run(db, migrations, "upgrade", "--accept-hazards");
        assertThat(accepted.out()).matches(Pattern.quote(database + ": applied 1 migration (bbbbbbbbbbbb)\n"
                + "accepted hazards:\n") + "  V\\d{8}_\\d{6}__CouponsLoyaltyPointsAndReturns\\.java:\\d+ "
                + "\\(revision bbbbbbbbbbbb\\) drop_column public\\.customers\\.fax: DATA_LOSS accepted by"
                + " --accept-hazards\n");
        assertThat(accepted.exit()).isZero();
        assertThat(tables(db)).contains("coupons");

        InProcessCli.Result check = run(db, migrations, "check");
        assertThat(check.out()).isEqualTo(database
                + " at revision bbbbbbbbbbbb: no changes; the entities match the database\n");
        assertThat(check.exit()).isZero();

        assertThat(run(db, migrations, "downgrade", ExampleProject.INITIAL_REVISION).exit()).isZero();
        assertThat(tables(db)).doesNotContain("coupons");
        assertThat(run(db, migrations, "downgrade", "base").exit()).isZero();
        assertThat(tables(db)).containsExactly("retort_history");
    }

    /**
     * {@code ARGS --url URL --user USER [--password P] --migrations-dir DIR}, plus the example's configuration
     * unless ARGS name it, from the repository root.
     */
    private static InProcessCli.Result run(TestDatabase db, Path migrations, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (!args.contains("--config")) {
            args.addAll(List.of("--config", "example/retort.properties"));
        }
        args.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user(), "--migrations-dir", migrations.toString()));
        if (!db.password().isEmpty()) {
            args.addAll(List.of("--password", db.password()));
        }
        return InProcessCli.in(ExampleProject.REPOSITORY).execute(args.toArray(String[]::new));
    }

    private static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT tablename FROM pg_tables"
                     + " WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
