package dev.retort.cli.failure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.codegen.compile.CompileError;
import dev.retort.codegen.compile.MigrationCompileException;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.graph.RevisionException;
import dev.retort.migration.runner.DatabaseAccessException;
import dev.retort.scan.ScanException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of failure maps to the exit code of CONTRACT.md section 4 and the line the user sees. */
class FailuresTest {

    private static void maps(Throwable thrown, int exit, String message) {
        CliFailure failure = Failures.classify(thrown);
        assertThat(failure.exitCode()).isEqualTo(exit);
        assertThat(failure.getMessage()).isEqualTo(message);
    }

    @Test
    void runtimeFailuresMapByTheirCategory() {
        maps(new RevisionException(RevisionException.Problem.UNKNOWN, "no revision matches 'abc'"), 2,
                "no revision matches 'abc'");
        maps(new DatabaseAccessException("reading the history table", new SQLException("ERROR: boom")), 3,
                "reading the history table: ERROR: boom");
        maps(new IrreversibleMigrationException("V1 cannot be reverted"), 2, "V1 cannot be reverted");
    }

    @Test
    void migrationsThatDoNotCompileListTheirErrors() {
        maps(new MigrationCompileException(List.of(new CompileError("V1__Start.java", 12, "';' expected"),
                new CompileError("V2__Next.java", 0, "cannot read"))), 2,
                "the migrations do not compile:\nV1__Start.java:12: error: ';' expected\nV2__Next.java: error: "
                        + "cannot read");
    }

    @Test
    void scanSqlAndFileFailures() {
        maps(new ScanException("class a.B cannot be loaded"), 2, "cannot scan the entity classes: class a.B "
                + "cannot be loaded");
        maps(new SQLException("ERROR: relation \"x\" does not exist\n  Position: 15", "42P01"), 3,
                "PostgreSQL failed: relation \"x\" does not exist");
        maps(new IllegalStateException("wrapped", new SQLException("FATAL: terminating connection")), 3,
                "PostgreSQL failed: terminating connection");
        maps(new UncheckedIOException(new IOException("disk full")), 2, "cannot read or write a file: disk full");
    }

    @Test
    void ownFailuresKeepTheirCodeAndAnythingElseIsReportedAsUnexpected() {
        CliFailure own = CliFailure.database("cannot connect", null);
        assertThat(Failures.classify(own)).isSameAs(own);
        maps(new NullPointerException("x is null"), 2, "unexpected error: java.lang.NullPointerException: x is null "
                + "(rerun with --verbose for details, and please report it)");
    }
}
