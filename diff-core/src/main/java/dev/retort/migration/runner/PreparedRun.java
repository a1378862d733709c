package dev.retort.migration.runner;

import dev.retort.diff.ChangeFields;
import dev.retort.migration.Step;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.Target;
import dev.retort.migration.history.History;
import dev.retort.model.QualifiedName;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything decided before a run touches the database, the same online and offline: the path, each
 * migration's recorded steps, the refusals (revisions nobody declares, edited sources, incomplete operations,
 * unaccepted blocking hazards, in that order), and the scripts to execute.
 */
record PreparedRun(Direction direction, List<RecordedMigration> migrations, List<AssessedStep> assessed,
                   List<MigrationScript> scripts) {

    /** Where table sizes come from: the live database, or nowhere (offline). */
    @FunctionalInterface
    interface SizeSource {
        TableSizes read(Set<String> schemas) throws SQLException;
    }

    static PreparedRun prepare(RevisionGraph graph, RunnerSettings settings, Direction direction, History history,
                               Target target, SizeSource sizes, int serverMajorVersion) throws SQLException {
        HistoryCheck.requireKnown(graph, history);
        List<PathStep> path;
        if (direction == Direction.UPGRADE) {
            HistoryCheck.requireUnedited(graph, history);
            path = PathPlanner.upgrade(graph, history, target);
        } else {
            path = PathPlanner.downgrade(graph, history, target);
        }
        List<RecordedMigration> migrations = path.stream().map(RecordedMigration::record).toList();
        Completeness.require(migrations);
        List<AssessedStep> assessed = HazardGate.assess(migrations, sizes.read(schemasOf(migrations)),
                serverMajorVersion);
        // Why only upgrades are gated: reverting is the user's explicit act (CONTRACT.md section 3); its
        // hazards are reported to the listener instead.
        if (direction == Direction.UPGRADE) {
            HazardGate.enforce(assessed, settings.acceptHazards());
        }
        List<MigrationScript> scripts = new ScriptBuilder(settings, history.tableExists()).build(migrations);
        return new PreparedRun(direction, migrations, assessed, scripts);
    }

    List<PathStep> path() {
        return migrations.stream().map(RecordedMigration::path).toList();
    }

    static Set<String> schemasOf(List<RecordedMigration> migrations) {
        Set<String> schemas = new TreeSet<>();
        for (RecordedMigration migration : migrations) {
            for (Step step : migration.remaining()) {
                step.change().flatMap(ChangeFields::tableName).map(QualifiedName::schema).ifPresent(schemas::add);
            }
        }
        return schemas;
    }

}
