package dev.retort.migration.runner;

import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.RevisionRange;
import dev.retort.migration.graph.Target;
import dev.retort.migration.graph.TargetResolver;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies, reverts and stamps the migrations of a revision graph on a PostgreSQL database, and prints the SQL
 * it would run. Every command that changes the database holds the history's advisory lock; the connection is
 * used in autocommit mode (the runner writes its own {@code BEGIN} and {@code COMMIT}) and is handed back in the
 * mode it came in, so pass one without open work.
 */
public final class MigrationRunner {

    private final RevisionGraph graph;
    private final RunnerSettings settings;
    private final RunnerListener listener;
    private final TargetResolver resolver;

    public MigrationRunner(RevisionGraph graph, RunnerSettings settings, RunnerListener listener) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.resolver = new TargetResolver(graph);
    }

    public MigrationRunner(RevisionGraph graph, RunnerSettings settings) {
        this(graph, settings, RunnerListener.NONE);
    }

    /** Applies every migration up to the target (refused before anything runs when a check fails). */
    public RunResult upgrade(Connection connection, String target) {
        return run(connection, Direction.UPGRADE, target);
    }

    /** Reverts every applied migration after the target (not gated by hazards; they go to the listener). */
    public RunResult downgrade(Connection connection, String target) {
        return run(connection, Direction.DOWNGRADE, target);
    }

    /** Sets the history to the target without running migrations, refreshing the checksums up to it. */
    public StampResult stamp(Connection connection, String target) {
        return withLock(connection, "stamp the database", () -> {
            History history = HistoryReader.read(connection, settings.historyTable());
            Target resolved = resolver.resolve(target, currentHeads(history));
            return Stamper.stamp(connection, graph, settings, history, resolved);
        });
    }

    /** The statements an upgrade to the target would execute on this database now; nothing is changed. */
    public List<String> upgradeSql(Connection connection, String target) {
        return liveSql(connection, Direction.UPGRADE, target);
    }

    /** The statements a downgrade to the target would execute on this database now; nothing is changed. */
    public List<String> downgradeSql(Connection connection, String target) {
        return liveSql(connection, Direction.DOWNGRADE, target);
    }

    /** The statements of an upgrade over an explicit {@code FROM:TO} range, with no database at all. */
    public List<String> upgradeSql(String range) {
        return offlineSql(Direction.UPGRADE, range);
    }

    /** The statements of a downgrade over an explicit {@code FROM:TO} range, with no database at all. */
    public List<String> downgradeSql(String range) {
        return offlineSql(Direction.DOWNGRADE, range);
    }

    /** Where the database is: history, current heads, edited and unknown revisions. */
    public DatabaseStatus status(Connection connection) {
        try {
            History history = HistoryReader.read(connection, settings.historyTable());
            return new DatabaseStatus(history, currentHeads(history), HistoryCheck.edited(graph, history),
                    HistoryCheck.unknown(graph, history));
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read " + settings.historyTable(), e);
        }
    }

    private RunResult run(Connection connection, Direction direction, String target) {
        return withLock(connection, direction.verb(), () -> {
            History history = HistoryReader.read(connection, settings.historyTable());
            Target resolved = resolver.resolve(target, currentHeads(history));
            PreparedRun run = PreparedRun.prepare(graph, settings, direction, history, resolved,
                    schemas -> TableSizes.read(connection, schemas), serverMajorVersion(connection));
            listener.assessed(direction, run.assessed());
            new ScriptExecutor(connection, listener).run(run.scripts());
            return new RunResult(direction, run.path(), run.assessed());
        });
    }

    private List<String> liveSql(Connection connection, Direction direction, String target) {
        try {
            History history = HistoryReader.read(connection, settings.historyTable());
            Target resolved = resolver.resolve(target, currentHeads(history));
            return OfflineSql.statements(PreparedRun.prepare(graph, settings, direction, history, resolved,
                    schemas -> TableSizes.read(connection, schemas), serverMajorVersion(connection)).scripts());
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read the database to print its SQL", e);
        }
    }

    private List<String> offlineSql(Direction direction, String range) {
        RevisionRange resolved = resolver.resolveRange(range);
        History assumed = History.assumed(graph.ancestorsInclusive(resolved.from().revisions()));
        try {
            return OfflineSql.statements(PreparedRun.prepare(graph, settings, direction, assumed, resolved.to(),
                    schemas -> TableSizes.unknown(), settings.offlineServerMajorVersion()).scripts());
        } catch (SQLException e) {
            throw new IllegalStateException("offline SQL reads no database", e);
        }
    }

    /** The heads of the revisions the database is (at least partly) at, among those the migrations declare. */
    private List<String> currentHeads(History history) {
        Set<String> present = new HashSet<>(history.present());
        present.removeIf(id -> !graph.contains(id));
        return graph.headsOf(present);
    }

    static int serverMajorVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Work done while holding the advisory lock, on an autocommit connection. */
    @FunctionalInterface
    private interface LockedWork<T> {
        T run() throws SQLException;
    }

    private <T> T withLock(Connection connection, String what, LockedWork<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try (AdvisoryLock lock = AdvisoryLock.acquire(connection, settings.historyTable().lockKey())) {
                return work.run();
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not " + what, e);
        }
    }

    /** The graph this runner works on. */
    public RevisionGraph graph() {
        return graph;
    }
}
