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
 * Foreign keys: HAZARDS.md F1 and F2. A foreign key locks two tables; the context only says whether the
 * referencing table is new, so the lock on the referenced table is assumed to hit an existing table (unless
 * the key references its own table).
 */
final class ForeignKeyRules {

    private ForeignKeyRules() {
    }

    /** F1; a NOT VALID key skips the scan, so it neither blocks writes for long nor fails on orphans. */
    static void addForeignKey(Change.AddForeignKey change, Findings findings) {
        QualifiedName parent = change.foreignKey().referencedTable();
        String subject = "ADD FOREIGN KEY " + change.foreignKey().name() + " on " + change.table()
                + " referencing " + parent;
        if (change.foreignKey().validated()) {
            findings.add(BLOCKS_WRITES, subject + " holds SHARE ROW EXCLUSIVE on both tables, blocking writes,"
                            + " while " + change.table() + " is scanned.", Recipes.R2)
                    .add(MAY_FAIL_ON_DATA, subject + " fails on orphan rows.", Recipes.R2);
        }
        findings.addAlways(BREAKS_RUNNING_APP, "Writers of the running application inserting orphans or deleting"
                        + " referenced rows of " + parent + " start failing.", Recipes.R2)
                .addAlways(PERFORMANCE_IMPACT, "Without an index on the referencing columns every DELETE or key"
                        + " UPDATE on " + parent + " scans " + change.table() + ".", Recipes.R2);
        lockBoth(change.table(), parent, subject + " takes SHARE ROW EXCLUSIVE on " + change.table() + " and "
                + parent + ".", findings);
    }

    /** F2. */
    static void dropForeignKey(Change.DropForeignKey change, Findings findings) {
        QualifiedName parent = change.foreignKey().referencedTable();
        String subject = "DROP CONSTRAINT " + change.foreignKey().name() + " on " + change.table();
        findings.add(WEAKENS_INTEGRITY, subject + " lets orphan rows in.", "Fine as an intentional contract step.");
        lockBoth(change.table(), parent, subject + " takes ACCESS EXCLUSIVE on " + change.table() + " and "
                + parent + ", briefly.", findings);
    }

    private static void lockBoth(QualifiedName table, QualifiedName parent, String explanation, Findings findings) {
        if (parent.equals(table)) {
            findings.add(LOCK_QUEUE_RISK, explanation, Recipes.LOCK_TIMEOUT);
        } else {
            findings.addAlways(LOCK_QUEUE_RISK, explanation, Recipes.LOCK_TIMEOUT);
        }
    }
}
