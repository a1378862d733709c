package dev.retort.hazard;

import static dev.retort.hazard.Hazard.BREAKS_RUNNING_APP;
import static dev.retort.hazard.Hazard.DATA_LOSS;
import static dev.retort.hazard.Hazard.IRREVERSIBLE;
import static dev.retort.hazard.Hazard.LOCK_QUEUE_RISK;
import static dev.retort.hazard.Hazard.MAY_FAIL_ON_DATA;
import static dev.retort.hazard.Hazard.UNTRACKED_DEPENDENCIES;

import dev.retort.diff.Change;
import dev.retort.model.SequenceOptions;

/**
 * Standalone sequences: HAZARDS.md S2 and S3 (S1, CREATE SEQUENCE, has none). An ALTER SEQUENCE from the
 * comparator never restarts the sequence (START WITH only sets the value a later RESTART would use), so it
 * carries no SILENT_DATA_CHANGE.
 */
final class SequenceRules {

    private SequenceRules() {
    }

    /** S3. */
    static void dropSequence(Change.DropSequence change, Findings findings) {
        String sequence = change.sequence().name().toString();
        findings.addAlways(DATA_LOSS, "DROP SEQUENCE " + sequence + " discards its current position.",
                        Recipes.DROP_SEQUENCE)
                .addAlways(BREAKS_RUNNING_APP, "The running application's SEQUENCE generator calls " + sequence
                        + " by name and fails once it is gone.", Recipes.DROP_SEQUENCE)
                .addAlways(UNTRACKED_DEPENDENCIES, "Defaults or code outside the model may call " + sequence + ".",
                        Recipes.DROP_SEQUENCE)
                .addAlways(IRREVERSIBLE, "Recreating " + sequence + " starts it over: its position does not come"
                        + " back.", Recipes.DROP_SEQUENCE);
    }

    /** S2: the increment must match the generators' allocationSize; tighter bounds can fail now or later. */
    static void alterSequence(Change.AlterSequence change, Findings findings) {
        SequenceOptions from = change.from();
        SequenceOptions to = change.to();
        String subject = "ALTER SEQUENCE " + change.sequence();
        if (from.increment() != to.increment()) {
            findings.addAlways(BREAKS_RUNNING_APP, subject + " changes INCREMENT from " + from.increment() + " to "
                            + to.increment() + ", which must equal the running application's allocationSize.",
                            Recipes.SEQUENCE)
                    .addAlways(MAY_FAIL_ON_DATA, "Instances with the old allocationSize hand out overlapping id"
                            + " ranges: duplicate keys at run time.", Recipes.SEQUENCE);
        }
        if (tightensLimits(from, to)) {
            findings.addAlways(MAY_FAIL_ON_DATA, subject + " tightens its bounds, type or CYCLE: it fails if the"
                    + " current value lies outside, or nextval runs out or wraps into used ids.", Recipes.SEQUENCE);
        }
        findings.addAlways(LOCK_QUEUE_RISK, subject + " takes SHARE ROW EXCLUSIVE on the sequence, blocking"
                + " nextval (and inserts) until commit.", Recipes.LOCK_TIMEOUT);
    }

    private static boolean tightensLimits(SequenceOptions from, SequenceOptions to) {
        return to.maxValue() < from.maxValue() || to.minValue() > from.minValue()
                || SequenceOptions.typeMaximum(to.dataType()) < SequenceOptions.typeMaximum(from.dataType())
                || from.cycle() != to.cycle();
    }

    /** Not in HAZARDS.md's table (S4 notes it): callers that name the sequence break. */
    static void renameSequence(Change.RenameSequence change, Findings findings) {
        findings.addAlways(BREAKS_RUNNING_APP, "The running application's generator calls nextval('"
                        + change.sequence() + "') by name, which fails once it is renamed to " + change.newName()
                        + ".", "Keep the name and change the generator mapping, or rename in a coordinated deploy.")
                .addAlways(LOCK_QUEUE_RISK, "ALTER SEQUENCE RENAME takes ACCESS EXCLUSIVE on the sequence.",
                        Recipes.LOCK_TIMEOUT);
    }
}
