package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;

import dev.retort.diff.Change;

/** Free-standing indexes: HAZARDS.md I1 to I3, and U1/U2 for unique indexes. */
final class IndexRules {

    /** Why 12: from PostgreSQL 12 ALTER INDEX ... RENAME takes SHARE UPDATE EXCLUSIVE instead of ACCESS EXCLUSIVE. */
    private static final int LIGHT_RENAME_VERSION = 12;

    private IndexRules() {
    }

    /** I1 (U1 for a unique index): plain builds block writes; CONCURRENTLY builds run outside a transaction. */
    static void createIndex(Change.CreateIndex change, Findings findings) {
        String subject = "CREATE " + (change.index().unique() ? "UNIQUE " : "") + "INDEX "
                + (change.concurrently() ? "CONCURRENTLY " : "") + change.index().name() + " on " + change.table();
        if (change.concurrently()) {
            findings.addAlways(NON_TRANSACTIONAL, subject + " cannot run in a transaction block; a failure leaves"
                            + " an INVALID index to drop.", Recipes.R6)
                    .add(PERFORMANCE_IMPACT, subject + " scans the table twice and waits for every transaction"
                            + " that touched it.", Recipes.R6);
        } else {
            findings.add(BLOCKS_WRITES, subject + " holds SHARE, blocking writes, for the whole build.", Recipes.R6)
                    .add(LOCK_QUEUE_RISK, subject + " takes SHARE on the table.", Recipes.R6);
        }
        if (change.index().unique()) {
            findings.add(MAY_FAIL_ON_DATA, subject + " fails on duplicate values.", Recipes.R4)
                    .addOnExistingTable(NON_TRANSACTIONAL, "The safe path builds the index CONCURRENTLY,"
                            + " outside a transaction.", Recipes.R4)
                    .addOnExistingTable(BREAKS_RUNNING_APP, "Writers of the running application that produce"
                            + " duplicates start failing.", Recipes.R4);
        }
    }

    /** I2 (U2 for a unique index). */
    static void dropIndex(Change.DropIndex change, Findings findings) {
        String subject = "DROP INDEX " + (change.concurrently() ? "CONCURRENTLY " : "") + change.index().name()
                + " on " + change.table();
        String alternative = "When replacing an index, build the new one first; " + Recipes.R6;
        findings.add(PERFORMANCE_IMPACT, "Queries that used " + change.index().name() + " may slow down.",
                alternative);
        if (change.concurrently()) {
            findings.addAlways(NON_TRANSACTIONAL, subject + " cannot run in a transaction block.", Recipes.R6);
        } else {
            findings.add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table, briefly.", Recipes.R6);
        }
        if (change.index().unique()) {
            findings.add(WEAKENS_INTEGRITY, subject + " lets duplicates in.", alternative);
        }
    }

    /** I3: catalog only; a light lock from PostgreSQL 12 on. */
    static void renameIndex(Change.RenameIndex change, Findings findings) {
        if (findings.context().serverMajorVersion() < LIGHT_RENAME_VERSION) {
            findings.add(LOCK_QUEUE_RISK, "ALTER INDEX " + change.index() + " RENAME takes ACCESS EXCLUSIVE"
                    + " before PostgreSQL 12.", Recipes.LOCK_TIMEOUT);
        }
    }
}
