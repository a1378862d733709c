package dev.retort.migration.runner;

import static dev.retort.sql.SqlIdentifiers.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
}
