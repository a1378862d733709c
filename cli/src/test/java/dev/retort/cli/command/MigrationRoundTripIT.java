package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --autogenerate}, {@code upgrade} and {@code downgrade} on a live database, end to end. */
class MigrationRoundTripIT {

    @TempDir
    Path dir;

    /** A command comparing with the entities of {@code side} (diff, check, revision). */
    private CliRun.Result run(TestDatabase db, String command, String side, String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("--migrations-dir", dir.resolve("migrations").toString()));
        return CliRun.in(dir).execute(ScenarioDatabase.args(command, db, "addfield", side,
                args.toArray(String[]::new)));
    }

    /** A command that runs migrations (upgrade, downgrade), which takes no entity options. */
    private CliRun.Result migrate(TestDatabase db, String... args) {
        return CliRun.in(dir).execute(ScenarioDatabase.migrating(db, dir.resolve("migrations"), args));
    }

    @PostgresTest
    void revisionUpgradeDowngradeRoundTrip(TestDatabase db) throws Exception {
        String database = ScenarioDatabase.display(db);
        CliRun.Result first = run(db, "revision", "before", "--autogenerate", "-m", "customers",
                "--rev-id", "aaaaaaaaaaaa");
        assertThat(first.exit()).isZero();
        Path firstFile = onlyNewFile(List.of());
        assertThat(firstFile.getFileName().toString()).matches("V\\d{8}_\\d{6}__Customers\\.java");
        assertThat(first.out()).isEqualTo("wrote " + firstFile + " (revision aaaaaaaaaaaa, no parent)\n\n"
                + "  #  OPERATION     OBJECT            HAZARDS\n"
                + "  1  create_table  public.customers\n");

        CliRun.Result up = migrate(db, "upgrade");
        assertThat(up.out()).isEqualTo(database + ": applied 1 migration (aaaaaaaaaaaa)\n");
        assertThat(up.exit()).isZero();
        assertThat(columns(db)).containsExactly("id", "name");
        assertThat(run(db, "check", "before").out()).isEqualTo(database
                + " at revision aaaaaaaaaaaa: no changes; the entities match the database\n");

        CliRun.Result second = run(db, "revision", "after", "--autogenerate", "-m", "add phone",
                "--rev-id", "bbbbbbbbbbbb");
        assertThat(second.exit()).isZero();
        Path secondFile = onlyNewFile(List.of(firstFile));
        assertThat(second.out()).isEqualTo("wrote " + secondFile + " (revision bbbbbbbbbbbb, parent aaaaaaaaaaaa)\n\n"
                + "  #  OPERATION   OBJECT                  HAZARDS\n"
                + "  1  add_column  public.customers.phone  LOCK_QUEUE_RISK\n");
        assertThat(Files.readString(secondFile)).contains("@Revision(", "id = \"bbbbbbbbbbbb\"",
                "parents = {\"aaaaaaaaaaaa\"}");

        assertThat(migrate(db, "upgrade").exit()).isZero();
        assertThat(columns(db)).containsExactly("id", "name", "phone");

        CliRun.Result down = migrate(db, "downgrade", "aaaaaaaaaaaa");
        assertThat(down.out()).isEqualTo(database + ": reverted 1 migration (bbbbbbbbbbbb)\n");
        assertThat(down.exit()).isZero();
        assertThat(columns(db)).containsExactly("id", "name");
        assertThat(run(db, "check", "before").exit()).isZero();

        CliRun.Result again = migrate(db, "upgrade");
        assertThat(again.exit()).isZero();
        CliRun.Result atHead = migrate(db, "upgrade");
        assertThat(atHead.out()).isEqualTo(database + " is already at head; nothing to do\n");
        assertThat(migrate(db, "downgrade", "base").exit()).isZero();
        assertThat(columns(db)).isEmpty();
    }

    @PostgresTest
    void autogenerateAgainstADatabaseBehindHeadIsRefused(TestDatabase db) throws IOException {
        assertThat(run(db, "revision", "before", "--autogenerate", "-m", "customers", "--rev-id", "aaaaaaaaaaaa")
                .exit()).isZero();
        CliRun.Result behind = run(db, "revision", "after", "--autogenerate", "-m", "phone");
        assertThat(behind.exit()).isEqualTo(2);
        assertThat(behind.out()).isEmpty();
        assertThat(behind.errWithoutProgress()).isEqualTo("retort: " + ScenarioDatabase.display(db)
                + " has no revision applied, not at aaaaaaaaaaaa; run 'retort upgrade' first, so that autogenerate"
                + " compares the entities with the latest migration\n");
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @PostgresTest
    void upgradeSqlPrintsTheStatementsAndChangesNothing(TestDatabase db) throws Exception {
        assertThat(run(db, "revision", "before", "--autogenerate", "-m", "customers", "--rev-id", "aaaaaaaaaaaa")
                .exit()).isZero();
        CliRun.Result sql = migrate(db, "upgrade", "--sql");
        assertThat(sql.exit()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE public.customers (", "aaaaaaaaaaaa", "COMMIT;\n");
        assertThat(columns(db)).isEmpty();
    }

    @PostgresTest
    void currentFollowsUpgradeAndStamp(TestDatabase db) throws Exception {
        String database = ScenarioDatabase.display(db);
        assertThat(migrate(db, "current").out()).isEqualTo(database + ": no revision applied\n");
        assertThat(run(db, "revision", "before", "--autogenerate", "-m", "customers", "--rev-id", "aaaaaaaaaaaa")
                .exit()).isZero();
        assertThat(migrate(db, "upgrade").exit()).isZero();
        CliRun.Result current = migrate(db, "current", "--json");
        assertThat(current.exit()).isZero();
        assertThat(current.out()).isEqualTo("""
                {
                  "database": "%s",
                  "current": ["aaaaaaaaaaaa"],
                  "head": true,
                  "edited": [],
                  "unknown": []
                }
                """.formatted(database));

        CliRun.Result stamp = migrate(db, "stamp", "base");
        assertThat(stamp.out()).isEqualTo(database + " stamped at base (recorded: none; removed: aaaaaaaaaaaa)\n");
        assertThat(stamp.exit()).isZero();
        assertThat(migrate(db, "current").out()).isEqualTo(database + ": no revision applied\n");
        assertThat(columns(db)).containsExactly("id", "name");
        assertThat(migrate(db, "stamp", "head").exit()).isZero();
        assertThat(migrate(db, "current").out()).isEqualTo("aaaaaaaaaaaa (head)\n");
    }

    private Path onlyNewFile(List<Path> known) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            List<Path> added = files.filter(f -> !known.contains(f)).toList();
            assertThat(added).hasSize(1);
            return added.get(0);
        }
    }

    private static List<String> columns(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT column_name FROM"
                     + " information_schema.columns WHERE table_name = 'customers' ORDER BY ordinal_position")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
