package dev.retort.migration.runner;

import dev.retort.diff.Change;
import dev.retort.migration.Step;
import dev.retort.model.QualifiedName;
import dev.retort.sql.ChangeSql;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements the runner executes for one step, and whether the step must run outside a transaction.
 * Concurrent index builds and drops are made idempotent, because a re-run after a failure meets what the failed
 * run left behind.
 */
final class StepSql {

    /**
     * Raw SQL that PostgreSQL refuses inside a transaction block (its documentation of each command says so):
     * concurrent index builds, drops and reindexes, VACUUM, database creation and ALTER SYSTEM.
     */
    private static final Pattern NON_TRANSACTIONAL_SQL = Pattern.compile(
            "^\\s*(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY"
                    + "|REINDEX\\b.*\\bCONCURRENTLY|VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private StepSql() {
    }

    /**
     * The step's statements (none for a JDBC step).
     *
     * @throws dev.retort.sql.UnsupportedChangeException for an operation the reviewer must still write
     */
    static List<String> statements(Step step) {
        if (step.change().isEmpty()) {
            return List.of();
        }
        Change change = step.change().get();
        List<String> statements = ChangeSql.statements(change);
        if (change instanceof Change.CreateIndex c && c.concurrently()) {
            return List.of(insertAfter(statements.get(0), "INDEX CONCURRENTLY ", "IF NOT EXISTS "));
        }
        if (change instanceof Change.DropIndex c && c.concurrently()) {
            return List.of(insertAfter(statements.get(0), "DROP INDEX CONCURRENTLY ", "IF EXISTS "));
        }
        return statements;
    }

    /**
     * Whether the step cannot run in a transaction block. Why ADD VALUE is not among them: PostgreSQL 12 and
     * later run it in a transaction (the new label is only unusable until commit), and Retort supports 14+.
     */
    static boolean nonTransactional(Step step) {
        Optional<Change> change = step.change();
        if (change.isEmpty()) {
            return false;
        }
        if (change.get() instanceof Change.CreateIndex c) {
            return c.concurrently();
        }
        if (change.get() instanceof Change.DropIndex c) {
            return c.concurrently();
        }
        if (change.get() instanceof Change.Execute e) {
            return e.sql().map(sql -> NON_TRANSACTIONAL_SQL.matcher(sql).find()).orElse(false);
        }
        return false;
    }

    /**
     * The index a concurrent build creates. Why the runner needs it: a failed concurrent build leaves an INVALID
     * index behind that {@code IF NOT EXISTS} would silently keep, so a re-run drops it first.
     */
    static Optional<QualifiedName> concurrentlyBuiltIndex(Step step) {
        if (step.change().isPresent() && step.change().get() instanceof Change.CreateIndex c && c.concurrently()) {
            return Optional.of(QualifiedName.of(c.table().schema(), c.index().name()));
        }
        return Optional.empty();
    }

    private static String insertAfter(String statement, String marker, String insertion) {
        int at = statement.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("expected '" + marker + "' in " + statement);
        }
        int end = at + marker.length();
        return statement.substring(0, end) + insertion + statement.substring(end);
    }
}
