package dev.retort.cli.failure;

import dev.retort.codegen.compile.MigrationCompileException;
import dev.retort.migration.IrreversibleMigrationException;
import dev.retort.migration.MigrationException;
import dev.retort.scan.ScanException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/** The one mapping from an exception that ends a command to the exit code and the line the user sees. */
public final class Failures {

    private Failures() {
    }

    /** The failure as the user sees it: exit code and one-line message. */
    public static CliFailure classify(Throwable thrown) {
        if (Shutdown.started()) {
            return CliFailure.usage("interrupted; the embedded PostgreSQL is stopped and its files removed", thrown);
        }
        if (thrown instanceof CliFailure failure) {
            return failure;
        }
        if (thrown instanceof MigrationException migration) {
            return CliFailure.of(exitCode(migration.category()), migration.getMessage(), migration);
        }
        if (thrown instanceof MigrationCompileException compile) {
            return CliFailure.usage("the migrations do not compile:\n" + compile.getMessage(), compile);
        }
        if (thrown instanceof IrreversibleMigrationException irreversible) {
            return CliFailure.usage(irreversible.getMessage(), irreversible);
        }
        if (thrown instanceof ScanException scan) {
            return CliFailure.usage("cannot scan the entity classes: " + scan.getMessage(), scan);
        }
        if (thrown instanceof SQLException sql) {
            return CliFailure.database("PostgreSQL failed: " + DatabaseFailures.serverMessage(sql), sql);
        }
        if (thrown instanceof UncheckedIOException io) {
            return CliFailure.usage("cannot read or write a file: " + io.getCause().getMessage(), io);
        }
        if (thrown.getCause() instanceof SQLException sql) {
            return classify(sql);
        }
        return CliFailure.usage("unexpected error: " + thrown
                + " (rerun with --verbose for details, and please report it)", thrown);
    }

    private static int exitCode(MigrationException.Category category) {
        return switch (category) {
            case REFUSED -> ExitCode.NO;
            case INVALID -> ExitCode.USAGE;
            case DATABASE -> ExitCode.DATABASE;
        };
    }
}
