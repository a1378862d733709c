package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.TABLE_REWRITE;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;

import dev.retort.diff.Change;
import dev.retort.model.Column;
import dev.retort.model.GeneratedKind;
import java.util.Optional;

/** Adding, dropping and renaming columns: HAZARDS.md C1 to C6. */
final class ColumnRules {

    /** Why 11: from PostgreSQL 11 a non-volatile default is stored once in the catalog instead of in every row. */
    private static final int FAST_DEFAULT_VERSION = 11;

    private ColumnRules() {
    }

    /** C1 (nullable), C2 (non-volatile default), C3 (rewriting value), C4 (NOT NULL without a default). */
    static void addColumn(Change.AddColumn change, Findings findings) {
        Column column = change.column();
        String subject = "ADD COLUMN " + column.name() + " " + column.type() + " on " + change.table();
        findings.add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table.", Recipes.LOCK_TIMEOUT);
        Optional<String> rewrite = rewriteReason(column, findings.context().serverMajorVersion());
        if (rewrite.isPresent()) {
            findings.add(TABLE_REWRITE, subject + " rewrites the table and its indexes: " + rewrite.get() + ".",
                            Recipes.R7)
                    .add(BLOCKS_READS_WRITES, subject + " holds ACCESS EXCLUSIVE, blocking reads and writes,"
                            + " for the whole rewrite.", Recipes.R7);
        } else if (!column.nullable() && column.defaultExpression().isEmpty() && column.generated().isEmpty()) {
            findings.add(MAY_FAIL_ON_DATA, subject + " NOT NULL without a default fails on a table with rows"
                            + " (passes on empty dev and CI tables).", Recipes.C4)
                    .addOnExistingTable(BREAKS_RUNNING_APP, "INSERTs of the running application omit " + column.name()
                            + " and violate NOT NULL.", Recipes.C4);
        }
    }

    /** Why the new value of every existing row is computed and stored, when it is (C3, and C2 before PG 11). */
    private static Optional<String> rewriteReason(Column column, int serverMajorVersion) {
        if (column.identity().isPresent()) {
            return Optional.of("an identity column fills every existing row from its sequence");
        }
        if (column.generated().filter(g -> g.kind() == GeneratedKind.STORED).isPresent()) {
            return Optional.of("a stored generated column is computed for every existing row");
        }
        if (column.defaultExpression().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> volatileCall = DefaultVolatility.firstVolatileCall(column.defaultExpression().get());
        if (volatileCall.isPresent()) {
            return Optional.of("the volatile default calls " + volatileCall.get()
                    + "(), evaluated once per existing row");
        }
        return serverMajorVersion < FAST_DEFAULT_VERSION
                ? Optional.of("PostgreSQL " + serverMajorVersion + " stores the default in every existing row")
                : Optional.empty();
    }

    /** C5. */
    static void dropColumn(Change.DropColumn change, Findings findings) {
        String column = change.table() + "." + change.column().name();
        findings.add(DATA_LOSS, "DROP COLUMN deletes every value of " + column + ".", Recipes.R10)
                .add(BREAKS_RUNNING_APP, "The running application names " + column + " in its SELECTs and"
                        + " INSERTs, which fail once it is gone.", Recipes.R10)
                .add(IRREVERSIBLE, "Reverting re-adds " + column + " empty: its values do not come back.",
                        Recipes.R10)
                .add(WEAKENS_INTEGRITY, "Dropping " + column + " silently drops the indexes and constraints"
                        + " that involve it.", Recipes.R10)
                .add(UNTRACKED_DEPENDENCIES, "Views or other objects outside the model may use " + column
                        + "; the drop fails on them.", Recipes.R10)
                .add(LOCK_QUEUE_RISK, "DROP COLUMN takes ACCESS EXCLUSIVE on " + change.table() + ", briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** C6; a rename decided by a hint needs no human input, a rename candidate gets it from the context. */
    static void renameColumn(Change.RenameColumn change, Findings findings) {
        String column = change.table() + "." + change.column();
        findings.add(BREAKS_RUNNING_APP, "The running application still names " + column + ", which fails once"
                        + " it is renamed to " + change.newName() + ".", Recipes.R9_COLUMN)
                .add(UNTRACKED_DEPENDENCIES, "Function bodies, triggers and other services that name " + column
                        + " break (views keep working).", Recipes.R9_COLUMN)
                .add(LOCK_QUEUE_RISK, "RENAME COLUMN takes ACCESS EXCLUSIVE on " + change.table() + ", briefly.",
                        Recipes.LOCK_TIMEOUT);
    }
}
