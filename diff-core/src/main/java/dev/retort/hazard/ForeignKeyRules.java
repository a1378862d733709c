package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.PERFORMANCE_IMPACT;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;

import dev.retort.diff.Change;
import dev.retort.model.QualifiedName;

/**
 * Foreign keys: HAZARDS.md F1 and F2. A foreign key locks two tables; a table created earlier in the same plan
 * is empty and serves no traffic, so neither its lock nor its rows count.
 */
final class ForeignKeyRules {

    private ForeignKeyRules() {
    }

    /**
     * F1; a NOT VALID key skips the scan, so it neither blocks writes for long nor fails on orphans. Between two
     * tables the plan creates, nothing is locked, scanned or used by a running application yet.
     */
    static void addForeignKey(Change.AddForeignKey change, Findings findings) {
        QualifiedName parent = change.foreignKey().referencedTable();
        PlanFacts plan = findings.context().plan();
        boolean parentCreated = plan.createdTables().contains(parent) || parent.equals(change.table());
        boolean bothCreated = findings.context().tableCreatedInPlan() && parentCreated;
        if (!plan.indexes(change.table(), change.foreignKey().columns())) {
            findings.addAlways(PERFORMANCE_IMPACT, "No index on the referencing columns "
                    + change.foreignKey().columns() + " is created with it: without one, every DELETE or key"
                    + " UPDATE on " + parent + " scans " + change.table() + ".", Recipes.R2);
        }
        if (bothCreated) {
            return;
        }
        String subject = "ADD FOREIGN KEY " + change.foreignKey().name() + " on " + change.table()
                + " referencing " + parent;
        if (change.foreignKey().validated()) {
            findings.add(BLOCKS_WRITES, subject + " holds SHARE ROW EXCLUSIVE on both tables, blocking writes,"
                            + " while " + change.table() + " is scanned.", Recipes.R2)
                    .add(MAY_FAIL_ON_DATA, subject + " fails on orphan rows.", Recipes.R2);
        }
        findings.addAlways(BREAKS_RUNNING_APP, "Writers of the running application inserting orphans or deleting"
                + " referenced rows of " + parent + " start failing.", Recipes.R2);
        lockBoth(change.table(), parent, parentCreated, subject + " takes SHARE ROW EXCLUSIVE on "
                + change.table() + " and " + parent + ".", findings);
    }

    /** F2. */
    static void dropForeignKey(Change.DropForeignKey change, Findings findings) {
        QualifiedName parent = change.foreignKey().referencedTable();
        String subject = "DROP CONSTRAINT " + change.foreignKey().name() + " on " + change.table();
        findings.add(WEAKENS_INTEGRITY, subject + " lets orphan rows in.", "Fine as an intentional contract step.");
        lockBoth(change.table(), parent, parent.equals(change.table()), subject + " takes ACCESS EXCLUSIVE on "
                + change.table() + " and " + parent + ", briefly.", findings);
    }

    /** The lock on the referenced table counts unless that table is new (or is the change's own table). */
    private static void lockBoth(QualifiedName table, QualifiedName parent, boolean parentCreated,
                                 String explanation, Findings findings) {
        if (parentCreated) {
            findings.add(LOCK_QUEUE_RISK, explanation, Recipes.LOCK_TIMEOUT);
        } else {
            findings.addAlways(LOCK_QUEUE_RISK, explanation, Recipes.LOCK_TIMEOUT);
        }
    }
}
