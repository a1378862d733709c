package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
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

/** {@code baseline --reset} on a development database, and {@code baseline --from-database} adopting one. */
class BaselineCommandIT {

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    /** A command with the connection and migrations options, then the extra arguments. */
    private CliRun.Result run(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user(), "--migrations-dir", migrations().toString()));
        if (!db.password().isEmpty()) {
            all.addAll(List.of("--password", db.password()));
        }
        return CliRun.in(dir).execute(all.toArray(String[]::new));
    }

    /** A command that also scans the entities of a scenario's side. */
    private CliRun.Result withEntities(TestDatabase db, String command, String scenario, String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("--migrations-dir", migrations().toString()));
        return CliRun.in(dir).execute(ScenarioDatabase.args(command, db, scenario, "after",
                args.toArray(String[]::new)));
    }

    @PostgresTest
    void resetEmptiesTheDevelopmentDatabaseAndUpgradesItToTheNewBaseline(TestDatabase db) throws Exception {
        String database = ScenarioDatabase.display(db);
        ReviewMigrations.customers(migrations());
        assertThat(run(db, "upgrade").exit()).isZero();
        db.execute("CREATE TABLE public.leftover (x integer)");

        CliRun.Result result = withEntities(db, "baseline", "addfield", "-m", "baseline", "--reset", "--dev",
                "--rev-id", "eeeeeeeeeeee");

        Path file = onlyFile();
        assertThat(result.out()).isEqualTo("wrote " + file + " (revision eeeeeeeeeeee, no parent)\n"
                + "replaced 1 migration: V20260101_000000__Customers.java\n\n"
                + "  #  OPERATION     OBJECT            HAZARDS\n"
                + "  1  create_table  public.customers\n"
                + database + ": emptied public and upgraded to eeeeeeeeeeee\n");
        assertThat(result.exit()).isZero();
        assertThat(tables(db)).containsExactly("customers", "retort_history");
        assertThat(run(db, "current").out()).isEqualTo("eeeeeeeeeeee (head)\n");
        CliRun.Result check = withEntities(db, "check", "addfield");
        assertThat(check.out()).isEqualTo(database + " at revision eeeeeeeeeeee: no changes; the entities match the"
                + " database\n");
        assertThat(check.exit()).isZero();
    }

    @PostgresTest
    void fromDatabaseWritesAMigrationReproducingTheDatabaseAndStampsIt(TestDatabase db) throws Exception {
        String database = ScenarioDatabase.display(db);
        ScenarioDatabase.build(db, "addentity", "after");
        SchemaModel adopted = schema(db);

        CliRun.Result result = run(db, "baseline", "--from-database", "-m", "adopt", "--rev-id", "ffffffffffff");

        Path file = onlyFile();
        assertThat(result.out()).isEqualTo("wrote " + file + " (revision ffffffffffff, no parent), reproducing "
                + database + "\n\n"
                + "  #  OPERATION        OBJECT                                       HAZARDS\n"
                + "  1  create_sequence  public.invoices_seq\n"
                + "  2  create_table     public.customers\n"
                + "  3  create_table     public.invoices\n"
                + "  4  add_foreign_key  public.invoices.fkq2w4hmh6l9othnp6cepp0cfe2  PERFORMANCE_IMPACT\n\n"
                + database + " stamped at ffffffffffff\n");
        assertThat(result.errWithoutProgress()).isEqualTo("retort: warning: objects outside Retort's model (views,"
                + " functions, triggers, grants) are not part of the baseline\n");
        assertThat(result.exit()).isZero();
        assertThat(schema(db)).isEqualTo(adopted);
        assertThat(run(db, "current").out()).isEqualTo("ffffffffffff (head)\n");

        try (TestDatabase replica = db.createAnother()) {
            assertThat(run(replica, "upgrade").exit()).isZero();
            assertThat(schema(replica)).isEqualTo(adopted);
            CliRun.Result check = withEntities(replica, "check", "addentity");
            assertThat(check.out()).isEqualTo(ScenarioDatabase.display(replica) + " at revision ffffffffffff: no"
                    + " changes; the entities match the database\n");
            assertThat(check.exit()).isZero();
        }

        Files.move(file, dir.resolve(file.getFileName()));
        CliRun.Result again = run(db, "baseline", "--from-database", "-m", "adopt");
        assertThat(again.errWithoutProgress()).isEqualTo("retort: " + database + " already records Retort"
                + " revisions in public.retort_history (ffffffffffff): it is managed by Retort already, so there is"
                + " nothing to adopt; see 'retort current'\n");
        assertThat(again.exit()).isEqualTo(2);
        try (Stream<Path> files = Files.list(migrations())) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The database's schema as Retort reads it, without the history table. */
    private static SchemaModel schema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel model = new CatalogIntrospector().introspect(connection, List.of("public"));
            List<Table> tables = model.tables().stream()
                    .filter(t -> !t.name().name().equals("retort_history")).toList();
            return model.withTables(tables);
        }
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
