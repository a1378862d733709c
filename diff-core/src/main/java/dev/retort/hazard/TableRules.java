package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;

import dev.retort.diff.Change;

/** Schemas and whole tables: HAZARDS.md T1 to T3, plus DROP SCHEMA and raw SQL. */
final class TableRules {

    private TableRules() {
    }

    /** T2. */
    static void dropTable(Change.DropTable change, Findings findings) {
        String table = change.table().name().toString();
        findings.add(DATA_LOSS, "DROP TABLE " + table + " deletes all of its rows.", Recipes.R10)
                .add(BREAKS_RUNNING_APP, "A running application version that maps or queries " + table
                        + " fails once it is gone.", Recipes.R10)
                .add(IRREVERSIBLE, "Reverting recreates " + table + " empty: its rows do not come back.",
                        Recipes.R10)
                .add(UNTRACKED_DEPENDENCIES, "Views, functions or other services outside the model may use "
                        + table + "; the drop fails on them or leaves them broken.", Recipes.R10)
                .add(LOCK_QUEUE_RISK, "DROP TABLE takes ACCESS EXCLUSIVE on " + table
                        + " and, briefly, on every table its foreign keys reference.", Recipes.LOCK_TIMEOUT);
    }

    /** T3; a rename decided by a hint needs no human input, a rename candidate gets it from the context. */
    static void renameTable(Change.RenameTable change, Findings findings) {
        String table = change.table().toString();
        findings.add(BREAKS_RUNNING_APP, "Every query of the running application that names " + table
                        + " fails once it is renamed to " + change.newName() + ".", Recipes.R9_TABLE)
                .add(LOCK_QUEUE_RISK, "RENAME takes ACCESS EXCLUSIVE on " + table + ", briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** Not in HAZARDS.md's table: DROP SCHEMA (never CASCADE) fails while anything outside the model is in it. */
    static void dropSchema(Change.DropSchema change, Findings findings) {
        findings.addAlways(UNTRACKED_DEPENDENCIES, "DROP SCHEMA " + change.schema()
                + " fails while objects outside the model (views, functions, types) remain in it.", Recipes.R10);
    }

    /** Raw SQL: opaque to the rules (HAZARDS.md names "opaque user SQL" under UNTRACKED_DEPENDENCIES). */
    static void execute(Change.Execute change, Findings findings) {
        if (change.sql().isPresent()) {
            findings.addAlways(UNTRACKED_DEPENDENCIES, "Hand-written SQL: what it locks, rewrites or depends on"
                    + " is not analysed.", Recipes.REVIEW_SQL);
        }
    }
}
