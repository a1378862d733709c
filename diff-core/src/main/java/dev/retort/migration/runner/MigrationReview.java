package dev.retort.migration.runner;

import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.TargetResolver;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hazards of migrations' upgrades, assessed exactly as {@code upgrade}'s gate assesses them (same context
 * rules, same table sizes, same acceptance), and their incomplete operations, without refusing or running
 * anything: what a reviewer reads before an upgrade.
 */
public final class MigrationReview {

    private final RevisionGraph graph;
    private final RunnerSettings settings;

    public MigrationReview(RevisionGraph graph, RunnerSettings settings) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The migrations an upgrade to every head would run on this database, assessed as one run (a table created
     * by an earlier migration of the run counts as empty), with the database's table sizes.
     */
    public List<ReviewedMigration> pending(Connection connection) {
        try {
            History history = HistoryReader.read(connection, settings.historyTable());
            Set<String> present = new HashSet<>(history.present());
            present.removeIf(id -> !graph.contains(id));
            List<PathStep> path = PathPlanner.upgrade(graph, history,
                    new TargetResolver(graph).resolve("heads", graph.headsOf(present)));
            List<RecordedMigration> migrations = path.stream().map(RecordedMigration::record).toList();
            TableSizes sizes = TableSizes.read(connection, PreparedRun.schemasOf(migrations));
            return reviewed(migrations, HazardGate.assess(migrations, sizes,
                    MigrationRunner.serverMajorVersion(connection)));
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read the database to review its pending migrations", e);
        }
    }

    /**
     * Each of the given revisions assessed on its own, as if the database were at its parents: the tables it
     * does not create have the sizes the connected database reports for them, or, without a connection (or for a
     * table the database lacks), an unknown size, so that every data-dependent hazard counts as blocking.
     */
    public List<ReviewedMigration> each(List<String> revisions, Optional<Connection> connection) {
        try {
            int version = connection.isPresent() ? MigrationRunner.serverMajorVersion(connection.get())
                    : settings.offlineServerMajorVersion();
            List<ReviewedMigration> reviewed = new ArrayList<>();
            for (String id : graph.inOrder(revisions)) {
                List<RecordedMigration> one = List.of(RecordedMigration.record(
                        new PathStep(graph.get(id), Direction.UPGRADE, 0)));
                TableSizes sizes = connection.isPresent()
                        ? TableSizes.read(connection.get(), PreparedRun.schemasOf(one)) : TableSizes.unknown();
                reviewed.addAll(reviewed(one, HazardGate.assess(one, sizes, version)));
            }
            return reviewed;
        } catch (SQLException e) {
            throw new DatabaseAccessException("could not read the database to review its migrations", e);
        }
    }

    private static List<ReviewedMigration> reviewed(List<RecordedMigration> migrations, List<AssessedStep> assessed) {
        List<ReviewedMigration> reviewed = new ArrayList<>();
        for (RecordedMigration migration : migrations) {
            reviewed.add(new ReviewedMigration(migration,
                    assessed.stream().filter(step -> step.migration() == migration).toList(),
                    Completeness.problems(List.of(migration))));
        }
        return reviewed;
    }

    /** The graph the migrations come from. */
    public RevisionGraph graph() {
        return graph;
    }
}
