package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.NEEDS_HUMAN_INPUT;
import static dev.retort.hazard.Hazard.NON_TRANSACTIONAL;
import static dev.retort.hazard.Hazard.TABLE_REWRITE;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;

import dev.retort.diff.Change;

/** Enum types: HAZARDS.md E2, E3 and E5 (E1, CREATE TYPE, has none). */
final class EnumRules {

    /** Why 12: before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block at all. */
    private static final int ADD_VALUE_IN_TRANSACTION_VERSION = 12;

    private EnumRules() {
    }

    /**
     * E2. Not a silent data change: the comparator places the label where the target orders it (BEFORE the next
     * label, or last).
     */
    static void addEnumValue(Change.AddEnumValue change, Findings findings) {
        String subject = "ALTER TYPE " + change.type() + " ADD VALUE '" + change.value() + "'";
        String transaction = findings.context().serverMajorVersion() < ADD_VALUE_IN_TRANSACTION_VERSION
                ? " cannot run inside a transaction block on PostgreSQL "
                + findings.context().serverMajorVersion() + "."
                : ": the new label cannot be used (stored, or named in defaults and CHECKs) until the transaction"
                + " commits.";
        findings.addAlways(NON_TRANSACTIONAL, subject + transaction, Recipes.R11)
                .addAlways(IRREVERSIBLE, "PostgreSQL cannot remove an enum label in place: reverting takes the"
                        + " rebuild of R12.", Recipes.R11)
                .addAlways(BREAKS_RUNNING_APP, "Readers of the running application cannot map rows carrying '"
                        + change.value() + "' to their Java enum.", Recipes.R11);
    }

    /** E3: removing a label rebuilds the type and rewrites every table using it. */
    static void dropEnumValue(Change.DropEnumValue change, Findings findings) {
        String subject = "Removing '" + change.value() + "' from " + change.type();
        findings.addAlways(NEEDS_HUMAN_INPUT, subject + " needs the rebuild recipe and a mapping for rows that hold"
                        + " the label.", Recipes.R12)
                .addAlways(DATA_LOSS, subject + " collapses rows holding it into another label.", Recipes.R12)
                .add(TABLE_REWRITE, subject + " rewrites every table with a column of the type.", Recipes.R12)
                .add(BLOCKS_READS_WRITES, subject + " holds ACCESS EXCLUSIVE on each such table during its"
                        + " rewrite.", Recipes.R12)
                .add(MAY_FAIL_ON_DATA, subject + " fails while any row still holds the label.", Recipes.R12)
                .addAlways(BREAKS_RUNNING_APP, "Writers of the running application that still use '" + change.value()
                        + "' start failing.", Recipes.R12)
                .addAlways(IRREVERSIBLE, "Re-adding the label does not restore the rows remapped away from it.",
                        Recipes.R12);
    }

    /** E5 (never CASCADE, which would drop the columns using the type). */
    static void dropEnum(Change.DropEnum change, Findings findings) {
        findings.addAlways(UNTRACKED_DEPENDENCIES, "DROP TYPE " + change.type().name() + " fails while columns,"
                + " functions or views outside the model use it.", "Drop or convert the columns using it first.");
    }
}
