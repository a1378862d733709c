package dev.retort.cli.command;

import static dev.retort.cli.command.GraphMigrations.C;
import static dev.retort.cli.command.GraphMigrations.D;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} without a database: metadata, operations, hazards and SQL, assessed with unknown table sizes. */
class ShowCommandTest {

    static final String OFFLINE = "Hazards assessed offline: table sizes are unknown, so every table the revision"
            + " does not create counts as holding rows (with url they come from that database).\n";

    @TempDir
    Path dir;

    @BeforeEach
    void migrations() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "migrations.dir=migrations\n");
        GraphMigrations.writeMerged(dir.resolve("migrations"));
    }

    private CliRun.Result run(String... args) {
        return CliRun.in(dir).execute(args);
    }

    private String checksum(String file) throws IOException {
        return SourceChecksum.of(Files.readString(dir.resolve("migrations").resolve(file)));
    }

    @Test
    void showsAcceptedHazardsAndAnIrreversibleDowngrade() throws IOException {
        CliRun.Result show = run("show", "c3d");
        assertThat(show.err()).isEmpty();
        assertThat(show.exit()).isZero();
        assertThat(show.out()).isEqualTo("""
                Rev: c3d4e5f6a7b8
                Parent: b7c8d9e0f1a2
                File: V20260101_102000__DropName.java
                Created: 2026-01-01T10:20:00Z
                Checksum: %s

                    drop name

                %s
                Upgrade: 1 operation
                  #  OPERATION    OBJECT             HAZARDS
                  1  drop_column  public.users.name  DATA_LOSS* (accepted), BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, \
                IRREVERSIBLE, UNTRACKED_DEPENDENCIES, LOCK_QUEUE_RISK

                  * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards

                  1. drop column public.users.name (V20260101_102000__DropName.java:21)
                     DATA_LOSS (blocking, accepted: nobody reads it): DROP COLUMN deletes every value of \
                public.users.name.
                     BREAKS_RUNNING_APP: The running application names public.users.name in its SELECTs and \
                INSERTs, which fail once it is gone.
                     WEAKENS_INTEGRITY: Dropping public.users.name silently drops the indexes and constraints that \
                involve it.
                     IRREVERSIBLE: Reverting re-adds public.users.name empty: its values do not come back.
                     UNTRACKED_DEPENDENCIES: Views or other objects outside the model may use public.users.name; \
                the drop fails on them.
                     LOCK_QUEUE_RISK: DROP COLUMN takes ACCESS EXCLUSIVE on public.users, briefly.
                     safe alternative for DATA_LOSS, BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, IRREVERSIBLE, \
                UNTRACKED_DEPENDENCIES: R10: remove the mapping and deploy every instance first, optionally verify \
                it is unused, drop dependents explicitly, then drop (never CASCADE).
                     safe alternative for LOCK_QUEUE_RISK: Run it with a short lock_timeout and retry on timeout, \
                so it cannot stall traffic queued behind it (R14).
                     ALTER TABLE public.users DROP COLUMN name;

                Downgrade: refuses to run: the dropped names are gone
                """.formatted(checksum(GraphMigrations.FILE_C), OFFLINE));
    }

    @Test
    void showsBlockingHazardsAnOperationStillToWriteAndTheDowngrade() {
        CliRun.Result show = run("show", D);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("""
                Upgrade: 3 operations
                  #  OPERATION     OBJECT                        HAZARDS
                  1  backfill      public.users.email            NEEDS_HUMAN_INPUT*, PERFORMANCE_IMPACT
                  2  set_not_null  public.users.email            BREAKS_RUNNING_APP, BLOCKS_READS_WRITES*, \
                MAY_FAIL_ON_DATA*, LOCK_QUEUE_RISK
                  3  create_index  public.users.users_email_idx  BLOCKS_WRITES, LOCK_QUEUE_RISK

                  * blocking: the migration runs only where it accepts this hazard, or with upgrade --accept-hazards

                  1. backfill NULLs of public.users.email with (value to be written by the reviewer) \
                (V20260101_103000__RequireEmail.java:21)
                     NEEDS_HUMAN_INPUT (blocking): The backfill of public.users.email needs the value existing rows \
                get.
                     PERFORMANCE_IMPACT: The backfill of public.users.email updates every row in one transaction: \
                WAL, bloat and row locks in proportion to the table.
                     safe alternative: Add the column nullable (or with a constant default), deploy writers, \
                backfill, then R1 for NOT NULL.
                     -- needs your input: The backfill of public.users.email has no value yet: write the value (an \
                SQL expression) that existing rows get before the column becomes NOT NULL.
                  2. set not null on public.users.email (V20260101_103000__RequireEmail.java:22)
                """, """
                     ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;
                  3. create index users_email_idx on public.users (email) (V20260101_103000__RequireEmail.java:23)
                """, """
                     CREATE INDEX users_email_idx ON public.users USING btree (email);

                Downgrade: 2 operations
                  #  OPERATION      OBJECT                        HAZARDS
                  1  drop_index     public.users.users_email_idx  PERFORMANCE_IMPACT, LOCK_QUEUE_RISK
                  2  drop_not_null  public.users.email            BREAKS_RUNNING_APP, WEAKENS_INTEGRITY, \
                IRREVERSIBLE, LOCK_QUEUE_RISK

                  1. drop index public.users_email_idx (V20260101_103000__RequireEmail.java:28)
                """);
        assertThat(show.out()).endsWith("""
                     ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;
                """);
    }

    @Test
    void aCreatedTableCarriesNoHazardsAndAJdbcStepHasNoSql() {
        assertThat(run("show", "a1").out()).contains("""
                Upgrade: 1 operation
                  #  OPERATION     OBJECT        HAZARDS
                  1  create_table  public.users

                  1. create table public.users (id, name) (V20260101_100000__CreateUsers.java:21)
                     CREATE TABLE public.users (
                         id bigint NOT NULL,
                         name text,
                         CONSTRAINT users_pkey PRIMARY KEY (id)
                     );

                Downgrade: 1 operation
                """);
        assertThat(run("show", "b7").out()).contains("""
                Upgrade: 2 operations
                  #  OPERATION   OBJECT              HAZARDS
                  1  add_column  public.users.email  LOCK_QUEUE_RISK
                  2  jdbc        copy legacy emails

                  1. add column public.users.email character varying(255) NULL \
                (V20260101_101000__AddEmail.java:21)
                     LOCK_QUEUE_RISK: ADD COLUMN email character varying(255) on public.users takes ACCESS \
                EXCLUSIVE on the table.
                     safe alternative: Run it with a short lock_timeout and retry on timeout, so it cannot stall \
                traffic queued behind it (R14).
                     ALTER TABLE public.users ADD COLUMN email character varying(255);
                  2. JDBC step "copy legacy emails" (V20260101_101000__AddEmail.java:22)
                     -- Java code, not shown as SQL

                Downgrade: 1 operation
                """);
    }

    @Test
    void aMergeHasNoOperations() throws IOException {
        CliRun.Result show = run("show", "head");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).isEqualTo("""
                Rev: e5f6a7b8c9d0 (head) (merge)
                Merges: c3d4e5f6a7b8, c3f0e1d2c3b4
                File: V20260101_104000__MergeBranches.java
                Created: 2026-01-01T10:40:00Z
                Checksum: %s

                    merge branches

                %s
                Upgrade: no operations

                Downgrade: no operations
                """.formatted(checksum(GraphMigrations.FILE_E), OFFLINE));
    }

    @Test
    void unknownAmbiguousAndUnshowableRevisionsAreUsageErrors() throws IOException {
        assertFails(run("show", "ff"), "no revision 'ff': name a revision id or a unique prefix of one, head,"
                + " heads, base, +N, -N, REV+N or REV-N");
        assertFails(run("show", "c3"), "'c3' is a prefix of several revisions (" + C + ", " + D
                + "): give more characters");
        assertFails(run("show", "base"), "'base' is base, before every revision: name a revision to show");
        assertFails(run("show", "head-1"), "cannot go down from e5f6a7b8c9d0: it merges " + C + ", " + D
                + "; name the parent, e.g. " + C);
        Files.delete(dir.resolve("migrations").resolve(GraphMigrations.FILE_E));
        assertFails(run("show", "heads"), "'heads' names several revisions (" + C + ", " + D
                + "): show one at a time");
        assertFails(run("show", "head"), "there are several heads (" + C + " \"drop name\", " + D
                + " \"require email\"): use 'heads' to apply every branch, or write a merge revision with"
                + " 'merge -m MSG heads'");
    }

    private static void assertFails(CliRun.Result result, String message) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + message + "\n");
        assertThat(result.exit()).isEqualTo(2);
    }
}
