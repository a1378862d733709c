package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BLOCKS_READS_WRITES;
import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.WEAKENS_INTEGRITY;

import dev.retort.diff.Change;
import dev.retort.model.IdentityGeneration;

/** NOT NULL, defaults and identity of an existing column: HAZARDS.md N1, N2, D1, D2 and S4. */
final class NullabilityRules {

    /** Why 18: PostgreSQL 18 adds NOT NULL constraints that can be added NOT VALID and validated later. */
    private static final int NOT_VALID_NOT_NULL_VERSION = 18;

    private NullabilityRules() {
    }

    /** N1. */
    static void setNotNull(Change.SetNotNull change, Findings findings) {
        String column = change.table() + "." + change.column();
        String recipe = findings.context().serverMajorVersion() >= NOT_VALID_NOT_NULL_VERSION
                ? Recipes.R1_PG18 : Recipes.R1;
        findings.add(BLOCKS_READS_WRITES, "SET NOT NULL scans all of " + change.table() + " under ACCESS"
                        + " EXCLUSIVE to prove " + change.column() + " holds no NULL.", recipe)
                .add(MAY_FAIL_ON_DATA, "SET NOT NULL fails if any row holds NULL in " + column + ".", recipe)
                .addOnExistingTable(BREAKS_RUNNING_APP, "A running application version that writes NULL into " + column
                        + " (or omits it) starts failing.", recipe)
                .add(LOCK_QUEUE_RISK, "SET NOT NULL takes ACCESS EXCLUSIVE on " + change.table() + ".", recipe);
    }

    /** N2. */
    static void dropNotNull(Change.DropNotNull change, Findings findings) {
        String column = change.table() + "." + change.column();
        String alternative = "Deploy NULL-tolerant readers (wrapper types, not primitives) first, then drop;"
                + " or keep NOT NULL with a sentinel value.";
        findings.add(WEAKENS_INTEGRITY, "The database no longer guarantees " + column + " is set.", alternative)
                .add(BREAKS_RUNNING_APP, "Readers mapping " + column + " to a primitive field or assuming"
                        + " @NotNull fail on the first NULL.", alternative)
                .add(IRREVERSIBLE, "Once NULLs are written, SET NOT NULL (the reverse) fails.", alternative)
                .add(LOCK_QUEUE_RISK, "DROP NOT NULL takes ACCESS EXCLUSIVE on " + change.table() + ", briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** D1: future INSERTs only, so no stored value changes (HAZARDS.md: not a silent data change). */
    static void setDefault(Change.SetDefault change, Findings findings) {
        findings.add(LOCK_QUEUE_RISK, "SET DEFAULT on " + change.table() + "." + change.column()
                + " takes ACCESS EXCLUSIVE on the table, briefly (catalog only).", Recipes.LOCK_TIMEOUT);
    }

    /**
     * D2. Breaks the running application only when it relies on the default: Hibernate names every mapped column
     * in its INSERTs, so that is a sequence default behind an id the INSERTs omit.
     */
    static void dropDefault(Change.DropDefault change, Findings findings) {
        String column = change.table() + "." + change.column();
        if (ExpressionFunctions.calledBy(change.from()).contains("nextval")) {
            findings.add(BREAKS_RUNNING_APP, "INSERTs that omit " + column + " and rely on its sequence default"
                    + " fail once it is dropped.", "Contract phase: drop the default only after every writer"
                    + " supplies the value.");
        }
        findings.add(LOCK_QUEUE_RISK, "DROP DEFAULT on " + column + " takes ACCESS EXCLUSIVE on the table,"
                + " briefly.", Recipes.LOCK_TIMEOUT);
    }

    /** S4, adding identity to an existing column: catalog only, unlike ADD COLUMN ... IDENTITY (C3). */
    static void addIdentity(Change.AddIdentity change, Findings findings) {
        String column = change.table() + "." + change.column();
        findings.add(MAY_FAIL_ON_DATA, "The identity sequence starts at " + change.identity().options().start()
                        + ": inserts collide with existing ids unless it starts above max(" + change.column()
                        + ").", Recipes.R13)
                .add(LOCK_QUEUE_RISK, "ADD GENERATED AS IDENTITY takes ACCESS EXCLUSIVE on " + change.table()
                        + ", briefly.", Recipes.LOCK_TIMEOUT);
        if (change.identity().generation() == IdentityGeneration.ALWAYS) {
            findings.add(BREAKS_RUNNING_APP, "GENERATED ALWAYS rejects the explicit ids the running application"
                    + " may write into " + column + ".", Recipes.R13);
        }
    }

    /** S4, dropping identity: the sequence goes with it. */
    static void dropIdentity(Change.DropIdentity change, Findings findings) {
        String column = change.table() + "." + change.column();
        findings.add(BREAKS_RUNNING_APP, "INSERTs that omit " + column + " fail once its identity (and the"
                        + " sequence " + change.identity().sequenceName() + " with its position) is dropped.",
                        Recipes.R13)
                .add(LOCK_QUEUE_RISK, "DROP IDENTITY takes ACCESS EXCLUSIVE on " + change.table() + ", briefly.",
                        Recipes.LOCK_TIMEOUT);
    }

    /** The middle step of C4's safe path: an UPDATE of every NULL row, with a value only a reviewer can pick. */
    static void backfill(Change.Backfill change, Findings findings) {
        String subject = "The backfill of " + change.table() + "." + change.column();
        if (change.value().isEmpty()) {
            findings.addAlways(Hazard.NEEDS_HUMAN_INPUT, subject + " needs the value existing rows get.",
                    Recipes.C4);
        }
        findings.add(Hazard.PERFORMANCE_IMPACT, subject + " updates every row in one transaction: WAL, bloat"
                + " and row locks in proportion to the table.", Recipes.C4);
    }
}
