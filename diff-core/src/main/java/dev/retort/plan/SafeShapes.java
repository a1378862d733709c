package dev.retort.plan;

import dev.retort.diff.Change;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites changes whose direct form is unsafe on an existing table into their safe shape. A NOT NULL column
 * without a default added to an existing table fails on the first row (HAZARDS.md C4), so it becomes: add the
 * column nullable, backfill it (with a value the reviewer writes), then SET NOT NULL.
 */
final class SafeShapes {

    private SafeShapes() {
    }

    /** The safe shape of one change, in order; the change itself when it is safe as it is. */
    static List<Change> shape(Change change, Set<QualifiedName> createdTables) {
        if (change instanceof Change.AddColumn add && !createdTables.contains(add.table())
                && needsBackfill(add.column())) {
            return List.of(new Change.AddColumn(add.table(), add.column().withNullable(true)),
                    new Change.Backfill(add.table(), add.column().name(), Optional.empty()),
                    new Change.SetNotNull(add.table(), add.column().name()));
        }
        return List.of(change);
    }

    private static boolean needsBackfill(Column column) {
        return !column.nullable() && column.defaultExpression().isEmpty() && column.identity().isEmpty()
                && column.generated().isEmpty();
    }
}
