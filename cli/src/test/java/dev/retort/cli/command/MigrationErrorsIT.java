package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ExpectedFailure;
import dev.retort.cli.Fixtures;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures of commands that run migrations on a live database: unknown and ambiguous revisions, several
 * heads, an applied migration edited since; and migrations that do not compile when a shadow database would
 * replay them.
 */
class MigrationErrorsIT {

    private static final String CREATE = "ops.execute(\"CREATE TABLE customers (id bigint PRIMARY KEY, name text)\");";
    private static final String UNKNOWN = "no revision 'zzzz': name a revision id or a unique prefix of one, head, "
            + "heads, base, +N, -N, REV+N or REV-N";

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("migrations");
    }

    /** Two migrations whose ids share the prefix {@code aaaa}. */
    private void twoMigrations() throws IOException {
        MigrationSources.write(migrations(), "V20260101_000000__Start", "aaaa11111111", CREATE);
        MigrationSources.write(migrations(), "V20260101_000100__Phone", "aaaa22222222",
                "ops.execute(\"ALTER TABLE customers ADD COLUMN phone text\");", "aaaa11111111");
    }

    private void fails(TestDatabase db, int exit, String message, String... args) {
        ExpectedFailure.expect(CliRun.in(dir), exit, message, ScenarioDatabase.migrating(db, migrations(), args));
    }

    @PostgresTest
    void anUnknownRevisionIsAUsageError(TestDatabase db) throws IOException {
        twoMigrations();
        fails(db, 2, UNKNOWN, "upgrade", "zzzz");
        fails(db, 2, UNKNOWN, "downgrade", "zzzz");
        fails(db, 2, UNKNOWN, "stamp", "zzzz");
    }

    @PostgresTest
    void anAmbiguousPrefixIsAUsageError(TestDatabase db) throws IOException {
        twoMigrations();
        String message = "'aaaa' is a prefix of several revisions (aaaa11111111, aaaa22222222): give more characters";
        fails(db, 2, message, "upgrade", "aaaa");
        fails(db, 2, message, "stamp", "aaaa");
    }

    @PostgresTest
    void severalHeadsWhereOneIsNeededIsAUsageError(TestDatabase db) throws IOException {
        twoMigrations();
        MigrationSources.write(migrations(), "V20260101_000200__Other", "bbbb33333333", "", "aaaa11111111");
        String message = "there are several heads (aaaa22222222 \"test\", bbbb33333333 \"test\"): use 'heads' to "
                + "apply every branch, or write a merge revision with 'merge -m MSG heads'";
        fails(db, 2, message, "upgrade");
        fails(db, 2, message, "upgrade", "head");
    }

    @PostgresTest
    void anAppliedMigrationEditedSinceIsReportedAndRefused(TestDatabase db) throws IOException {
        twoMigrations();
        CliRun cli = CliRun.in(dir);
        assertThat(cli.execute(ScenarioDatabase.migrating(db, migrations(), "upgrade")).exit()).isZero();
        MigrationSources.write(migrations(), "V20260101_000100__Phone", "aaaa22222222",
                "ops.execute(\"ALTER TABLE customers ADD COLUMN phone character varying(20)\");", "aaaa11111111");

        CliRun.Result current = cli.execute(ScenarioDatabase.migrating(db, migrations(), "current"));
        assertThat(current.exit()).isZero();
        assertThat(current.out()).isEqualTo("aaaa22222222 (head)\n"
                + "warning: the source of aaaa22222222 changed after it was applied\n");
        assertThat(cli.execute(ScenarioDatabase.migrating(db, migrations(), "current", "--json")).out())
                .contains("\"edited\": [\"aaaa22222222\"],");
        fails(db, 2, "migration(s) changed after they were applied: V20260101_000100__Phone.java (revision "
                + "aaaa22222222). Undo the change (write a new migration instead), or, if the database already "
                + "matches the edited source, stamp it again", "upgrade");
    }

    @Test
    void migrationsThatDoNotCompileStopDiffBeforeTheShadowIsCompared() throws IOException {
        MigrationSources.write(migrations(), "V20260101_000000__Broken", "aaaa11111111",
                MigrationSources.BROKEN);
        String message = "the migrations in " + migrations() + " do not compile; fix them and run again:\n"
                + MigrationSources.brokenError("V20260101_000000__Broken");
        ExpectedFailure.expect(CliRun.in(dir), 2, message, CommandErrorsTest.with("diff",
                Fixtures.scenario("addfield", "after"), "--migrations-dir", migrations().toString()));
    }
}
