package dev.retort.cli.compare;

import dev.retort.cli.database.CurrentSchema;
import dev.retort.cli.database.Workspace;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.output.Progress;
import dev.retort.diff.RenameHint;
import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.CanonicalComparison;
import dev.retort.normalize.ScratchNormalizer;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.Planner;
import dev.retort.scan.ScanResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison behind {@code diff}, {@code check} and {@code revision --autogenerate}: scan the entities
 * while the current schema is read beside them, compare them without false positives, and plan the changes.
 */
public final class Autogenerate {

    private Autogenerate() {
    }

    /** Compares the scanned entities with the workspace's current schema and plans the changes; asks nothing. */
    public static Comparison compare(EntityScan entities, Workspace workspace, List<RenameHint> hints,
                                     Progress progress) throws SQLException {
        return compare(entities, workspace, hints, RenameQuestions.never(), progress);
    }

    /**
     * Compares like {@link #compare(EntityScan, Workspace, List, Progress)}, and asks {@code questions} about the
     * rename candidates found; each confirmed rename is a hint for the next comparison, which may find new
     * candidates (the columns of a renamed table), until no new candidate is confirmed.
     */
    public static Comparison compare(EntityScan entities, Workspace workspace, List<RenameHint> hints,
                                     RenameQuestions questions, Progress progress) throws SQLException {
        BackgroundSchema reading = BackgroundSchema.start(workspace, progress);
        ScanResult scan;
        try {
            scan = entities.run(workspace.majorVersion(), progress);
        } catch (RuntimeException | Error e) {
            reading.settle();
            throw e;
        }
        CurrentSchema current = reading.join();
        RenameHints resolved = resolve(hints, current.model());
        SchemaDiff diff = canonicalDiff(current.model(), scan.model(), resolved, workspace);
        RenameHints confirmed = questions.confirm(diff.renameCandidates(), resolved);
        while (!confirmed.tables().isEmpty() || !confirmed.columns().isEmpty()) {
            resolved = both(resolved, confirmed);
            diff = canonicalDiff(current.model(), scan.model(), resolved, workspace);
            confirmed = questions.confirm(diff.renameCandidates(), resolved);
        }
        return new Comparison(scan, current, Planner.plan(diff, current.context()));
    }

    /**
     * The plan that builds the scanned entities' schema in an empty database of the workspace's version: the
     * body of a baseline migration.
     */
    public static MigrationPlan fromNothing(EntityScan entities, Workspace workspace, Progress progress)
            throws SQLException {
        ScanResult scan = entities.run(workspace.majorVersion(), progress);
        CurrentSchema empty = workspace.empty();
        return Planner.plan(canonicalDiff(empty.model(), scan.model(), RenameHints.none(), workspace),
                empty.context());
    }

    /** The plan that rebuilds a schema (a live database's, as read) in an empty database of the same version. */
    public static MigrationPlan reproduce(SchemaModel schema, Workspace workspace) throws SQLException {
        CurrentSchema empty = workspace.empty();
        return Planner.plan(canonicalDiff(empty.model(), schema, RenameHints.none(), workspace), empty.context());
    }

    /**
     * The canonical diff; the scratch database is only needed (and only waited for) when the textual comparison
     * finds something, because only differing tables are normalised.
     */
    private static SchemaDiff canonicalDiff(SchemaModel current, SchemaModel target, RenameHints hints,
                                            Workspace workspace) throws SQLException {
        SchemaDiff raw = SchemaDiffer.diff(current, target, hints);
        if (raw.isEmpty()) {
            return raw;
        }
        return CanonicalComparison.compare(raw, current, target, hints, new ScratchNormalizer(workspace.scratch()));
    }

    private static RenameHints resolve(List<RenameHint> hints, SchemaModel current) {
        try {
            return RenameHints.resolve(hints, current);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage(), e);
        }
    }

    private static RenameHints both(RenameHints first, RenameHints second) {
        List<RenameHints.TableRename> tables = new ArrayList<>(first.tables());
        tables.addAll(second.tables());
        List<RenameHints.ColumnRename> columns = new ArrayList<>(first.columns());
        columns.addAll(second.columns());
        return new RenameHints(tables, columns);
    }
}
