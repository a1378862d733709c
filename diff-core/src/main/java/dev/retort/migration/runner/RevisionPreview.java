package dev.retort.migration.runner;

import dev.retort.diff.ChangeFields;
import dev.retort.migration.Step;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.model.QualifiedName;
import dev.retort.sql.UnsupportedChangeException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One revision's body in one direction as the runner would see it if that revision ran alone: its recorded
 * operations, each assessed for hazards the way the gate assesses them (a table the revision creates carries
 * no lock, rewrite or data hazards) and with the statements it executes. Nothing runs and nothing is refused;
 * for {@code show}.
 *
 * @param sizesKnown whether table sizes came from a database; offline every existing table may hold rows
 */
public record RevisionPreview(MigrationSource source, Direction direction, List<Operation> operations,
                              boolean sizesKnown) {

    /**
     * One operation: its assessment, its statements (none for a JDBC step), and, for an operation the reviewer
     * must still complete, what to write instead of SQL.
     */
    public record Operation(AssessedStep assessed, List<String> sql, Optional<String> incomplete) {

        public Operation {
            Objects.requireNonNull(assessed, "assessed");
            sql = List.copyOf(sql);
            Objects.requireNonNull(incomplete, "incomplete");
        }
    }

    public RevisionPreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
        operations = List.copyOf(operations);
    }

    /**
     * The preview with no database: every table the revision does not create is of unknown size.
     *
     * @throws MigrationStateException when the body refuses to record (an irreversible downgrade, say)
     */
    public static RevisionPreview offline(MigrationSource source, Direction direction, int serverMajorVersion) {
        RecordedMigration recorded = RecordedMigration.record(new PathStep(source, direction, 0));
        return of(recorded, TableSizes.unknown(), serverMajorVersion, false);
    }

    /**
     * The preview with the sizes of the tables the live database has now, on its server version.
     *
     * @throws MigrationStateException when the body refuses to record (an irreversible downgrade, say)
     */
    public static RevisionPreview live(Connection connection, MigrationSource source, Direction direction)
            throws SQLException {
        RecordedMigration recorded = RecordedMigration.record(new PathStep(source, direction, 0));
        TableSizes sizes = TableSizes.read(connection, schemasOf(recorded));
        return of(recorded, sizes, MigrationRunner.serverMajorVersion(connection), true);
    }

    private static RevisionPreview of(RecordedMigration recorded, TableSizes sizes, int serverMajorVersion,
                                      boolean sizesKnown) {
        List<Operation> operations = new ArrayList<>();
        for (AssessedStep step : HazardGate.assess(List.of(recorded), sizes, serverMajorVersion)) {
            operations.add(operation(step));
        }
        PathStep path = recorded.path();
        return new RevisionPreview(path.source(), path.direction(), operations, sizesKnown);
    }

    private static Operation operation(AssessedStep step) {
        try {
            return new Operation(step, StepSql.statements(step.step()), Optional.empty());
        } catch (UnsupportedChangeException e) {
            return new Operation(step, List.of(), Optional.of(e.getMessage()));
        }
    }

    private static Set<String> schemasOf(RecordedMigration recorded) {
        Set<String> schemas = new TreeSet<>();
        for (Step step : recorded.steps()) {
            step.change().flatMap(ChangeFields::tableName).map(QualifiedName::schema).ifPresent(schemas::add);
        }
        return schemas;
    }
}
