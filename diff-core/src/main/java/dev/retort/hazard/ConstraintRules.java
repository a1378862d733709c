package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;

import dev.retort.diff.Change;

/** Primary keys, unique and check constraints: HAZARDS.md P1, P2, U1, U2, K1, K2, and constraint renames. */
final class ConstraintRules {

    private ConstraintRules() {
    }

    /** P1: the unique index builds, and nullable key columns are scanned, under ACCESS EXCLUSIVE. */
    static void addPrimaryKey(Change.AddPrimaryKey change, Findings findings) {
        String subject = "ADD PRIMARY KEY " + change.primaryKey().name() + " on " + change.table();
        findings.add(BLOCKS_READS_WRITES, subject + " builds its index (and checks NOT NULL) under ACCESS"
                        + " EXCLUSIVE, blocking reads and writes.", Recipes.R5)
                .add(MAY_FAIL_ON_DATA, subject + " fails on duplicate or NULL keys.", Recipes.R5)
                .addOnExistingTable(NON_TRANSACTIONAL, "The safe path builds the index CONCURRENTLY, outside a"
                        + " transaction, and can leave an INVALID index behind.", Recipes.R5)
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table.", Recipes.R5);
    }

    /** P2 (a plain drop; the constraint form of a redefinition is a drop then an add). */
    static void dropPrimaryKey(Change.DropPrimaryKey change, Findings findings) {
        String subject = "DROP CONSTRAINT " + change.primaryKey().name() + " on " + change.table();
        String alternative = "Migrate the foreign keys that reference it first; replace a key in one statement"
                + " with ADD CONSTRAINT ... PRIMARY KEY USING INDEX.";
        findings.add(WEAKENS_INTEGRITY, subject + " removes the row identity and its uniqueness guarantee.",
                        alternative)
                .add(BREAKS_RUNNING_APP, "The running application's @Id and logical replication (REPLICA"
                        + " IDENTITY DEFAULT) rely on the primary key.", alternative)
                .add(UNTRACKED_DEPENDENCIES, "Foreign keys of other tables or services may reference the key.",
                        alternative)
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table, briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** U1, constraint form: ADD CONSTRAINT ... UNIQUE builds its index under ACCESS EXCLUSIVE. */
    static void addUnique(Change.AddUnique change, Findings findings) {
        String subject = "ADD CONSTRAINT " + change.unique().name() + " UNIQUE on " + change.table();
        findings.add(BLOCKS_READS_WRITES, subject + " builds its index under ACCESS EXCLUSIVE, blocking reads"
                        + " and writes.", Recipes.R4)
                .add(MAY_FAIL_ON_DATA, subject + " fails on duplicate values.", Recipes.R4)
                .addOnExistingTable(NON_TRANSACTIONAL, "The safe path builds the index CONCURRENTLY, outside a"
                        + " transaction, and can leave an INVALID index behind.", Recipes.R4)
                .addOnExistingTable(BREAKS_RUNNING_APP, "Writers of the running application that produce"
                        + " duplicates start failing.", Recipes.R4)
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table.", Recipes.R4);
    }

    /** U2. */
    static void dropUnique(Change.DropUnique change, Findings findings) {
        String subject = "DROP CONSTRAINT " + change.unique().name() + " on " + change.table();
        String alternative = "Drop the foreign keys that depend on it deliberately first; keep a non-unique"
                + " index if queries need one.";
        findings.add(WEAKENS_INTEGRITY, subject + " lets duplicates in.", alternative)
                .add(UNTRACKED_DEPENDENCIES, "Foreign keys referencing the key block the drop; other services"
                        + " may rely on it (ON CONFLICT).", alternative)
                .add(PERFORMANCE_IMPACT, subject + " drops its index: queries using it may slow down.",
                        alternative)
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table, briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** K1; a NOT VALID check skips the scan and only constrains new rows. */
    static void addCheck(Change.AddCheck change, Findings findings) {
        String subject = "ADD CONSTRAINT " + change.check().name() + " CHECK on " + change.table();
        if (change.check().validated()) {
            findings.add(BLOCKS_READS_WRITES, subject + " scans the table under ACCESS EXCLUSIVE to validate"
                            + " it, blocking reads and writes.", Recipes.R3)
                    .add(MAY_FAIL_ON_DATA, subject + " fails on rows that violate it.", Recipes.R3);
        }
        findings.addOnExistingTable(BREAKS_RUNNING_APP, "Writers of the running application that produce"
                        + " violating rows start failing.", Recipes.R3)
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table.", Recipes.R3);
    }

    /** K2. */
    static void dropCheck(Change.DropCheck change, Findings findings) {
        String subject = "DROP CONSTRAINT " + change.check().name() + " on " + change.table();
        findings.add(WEAKENS_INTEGRITY, subject + " stops enforcing " + change.check().expression() + ".",
                        "To modify a CHECK, add the new one NOT VALID under another name, VALIDATE it, then drop"
                                + " the old one.")
                .add(LOCK_QUEUE_RISK, subject + " takes ACCESS EXCLUSIVE on the table, briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** Not in HAZARDS.md's table: RENAME CONSTRAINT is catalog only under ACCESS EXCLUSIVE. */
    static void renameConstraint(Change.RenameConstraint change, Findings findings) {
        findings.add(LOCK_QUEUE_RISK, "RENAME CONSTRAINT " + change.constraint() + " on " + change.table()
                + " takes ACCESS EXCLUSIVE on the table, briefly.", Recipes.LOCK_TIMEOUT);
    }
}
