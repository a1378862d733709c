package dev.retort.migration.runner;

import static dev.retort.sql.SqlIdentifiers.quote;

import dev.retort.migration.CallSite;
import dev.retort.migration.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes migration scripts on an autocommit connection, statement by statement as written (the transaction
 * boundaries are the scripts' own {@code BEGIN} and {@code COMMIT}). A failure inside a transaction rolls it
 * back; the error names the migration, the statement and the server's message, and what the run left done.
 */
final class ScriptExecutor {

    private final Connection connection;
    private final RunnerListener listener;
    private final List<String> completed = new ArrayList<>();

    ScriptExecutor(Connection connection, RunnerListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    void run(List<MigrationScript> scripts) {
        for (MigrationScript script : scripts) {
            PathStep path = script.migration().path();
            listener.migrationStarted(path);
            int doneBefore = path.stepsDone();
            for (Segment segment : script.segments()) {
                runSegment(script, segment, doneBefore);
                doneBefore = segment.stepsDoneAfter();
            }
            completed.add(path.revision());
            listener.migrationCompleted(path);
        }
    }

    private void runSegment(MigrationScript script, Segment segment, int doneBefore) {
        for (ScriptAction action : segment.actions()) {
            try {
                perform(action);
            } catch (Exception e) {
                cleanUp(segment);
                throw FailureReport.of(script, segment, action, doneBefore, completed, e);
            }
        }
    }

    private void perform(ScriptAction action) throws Exception {
        if (action instanceof ScriptAction.Sql sql) {
            execute(sql.text());
        } else if (action instanceof ScriptAction.Data data) {
            data.step().work().orElseThrow().run(connection);
        } else if (action instanceof ScriptAction.RepairInvalidIndex repair) {
            if (isInvalidIndex(repair)) {
                execute("DROP INDEX CONCURRENTLY IF EXISTS " + quote(repair.index()));
            }
        }
    }

    private boolean isInvalidIndex(ScriptAction.RepairInvalidIndex repair) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT NOT indisvalid FROM pg_index WHERE indexrelid = to_regclass(?)")) {
            query.setString(1, quote(repair.index()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Ends the failed segment's transaction, or undoes its session setting, so the connection is usable again.
     * Why errors here are ignored: the connection may be broken, and the original failure is what to report.
     */
    private void cleanUp(Segment segment) {
        try {
            execute(segment.transactional() ? "ROLLBACK" : "RESET lock_timeout");
        } catch (SQLException ignored) {
            // the original failure is reported; a broken connection is closed by its owner
        }
    }

    /** Builds the failure message of a statement or data step. */
    private static final class FailureReport {

        private FailureReport() {
        }

        static StatementFailedException of(MigrationScript script, Segment segment, ScriptAction action,
                                           int doneBefore, List<String> completed, Exception cause) {
            PathStep path = script.migration().path();
            String what = describe(action);
            String where = step(action).flatMap(Step::callSite).map(CallSite::toString)
                    .orElse(path.source().location());
            StringBuilder message = new StringBuilder(path.source().describe()).append(": ")
                    .append(path.direction().verb()).append(" failed at ").append(where).append("\n  statement: ")
                    .append(what).append("\n  PostgreSQL: ").append(cause.getMessage()).append('\n');
            if (doneBefore == 0 && segment.transactional()) {
                message.append("The migration was rolled back: the database and its history are as they were"
                        + " before it.");
            } else {
                message.append(doneBefore).append(" of ").append(script.totalSteps()).append(" step(s) of this ")
                        .append(path.direction().verb()).append(" ran before and are recorded")
                        .append(segment.transactional() ? "; the failed part was rolled back." : ".")
                        .append(" Fix the cause and run ").append(path.direction().verb())
                        .append(" again: it continues with the step that failed.");
            }
            if (!completed.isEmpty()) {
                message.append("\nCompleted before it in this run: ").append(String.join(", ", completed));
            }
            return new StatementFailedException(message.toString(), path.revision(), what, completed, cause);
        }

        private static Optional<Step> step(ScriptAction action) {
            if (action instanceof ScriptAction.Sql sql) {
                return sql.step();
            }
            if (action instanceof ScriptAction.Data data) {
                return Optional.of(data.step());
            }
            return Optional.empty();
        }

        private static String describe(ScriptAction action) {
            if (action instanceof ScriptAction.Sql sql) {
                return sql.text();
            }
            if (action instanceof ScriptAction.Data data) {
                return "JDBC step \"" + data.step().description() + "\"";
            }
            return "DROP INDEX CONCURRENTLY IF EXISTS " + quote(((ScriptAction.RepairInvalidIndex) action).index());
        }
    }
}
