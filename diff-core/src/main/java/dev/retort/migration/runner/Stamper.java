package dev.retort.migration.runner;

import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.Target;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sets the history to what an upgrade or downgrade to the target would leave, without running any migration.
 * It also rewrites the checksum of every revision up to the target whose source changed: stamping is how a user
 * says that the database matches the edited source. Rows of revisions no migration declares are removed.
 */
final class Stamper {

    private Stamper() {
    }

    static StampResult stamp(Connection connection, RevisionGraph graph, RunnerSettings settings, History history,
                             Target target) throws SQLException {
        Set<String> state = PathPlanner.stampedState(graph, history, target);
        Set<String> upToTarget = graph.ancestorsInclusive(target.revisions());
        List<String> removed = history.entries().stream().map(HistoryEntry::revision)
                .filter(id -> !state.contains(id)).toList();
        List<ScriptBuilder.StampRecord> records = graph.inOrder(state).stream()
                .filter(id -> needsWrite(graph.get(id), history.entry(id), upToTarget.contains(id)))
                .map(id -> new ScriptBuilder.StampRecord(id, graph.get(id).checksum())).toList();
        List<String> statements = new ScriptBuilder(settings, history.tableExists()).stamp(removed, records);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            rollBack(connection);
            throw e;
        }
        return new StampResult(removed, records.stream().map(ScriptBuilder.StampRecord::revision).toList());
    }

    private static boolean needsWrite(MigrationSource source, Optional<HistoryEntry> entry, boolean upToTarget) {
        if (entry.isEmpty() || entry.get().isPartial()) {
            return true;
        }
        return upToTarget && source.checksum().isPresent() && !source.checksum().equals(entry.get().checksum());
    }

    /** Why errors are ignored: the stamp's own failure is what to report; a broken connection is closed anyway. */
    private static void rollBack(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // reported through the original failure
        }
    }
}
