package dev.retort.codegen;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a downgrade plan ({@link dev.retort.plan.Planner#reverse}) grouped by the upgrade step each group
 * undoes: usually one step, several where the reverse takes a safe shape (a NOT NULL column added back as add,
 * backfill, set not null). A group starts at the step that is about the same object, with the same operation,
 * as the reverse of its upgrade step, as the first step of a safe shape always is.
 */
final class DowngradeSteps {

    private DowngradeSteps() {
    }

    /**
     * @param undone the upgrade's steps in reverse order, one per group
     * @param downgrade the downgrade plan's steps
     */
    static List<List<PlannedChange>> group(List<PlannedChange> undone, List<PlannedChange> downgrade) {
        List<List<PlannedChange>> groups = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < undone.size(); i++) {
            List<PlannedChange> group = new ArrayList<>();
            do {
                group.add(downgrade.get(next++));
            } while (next < downgrade.size()
                    && (i + 1 == undone.size() || !startsUndoing(downgrade.get(next), undone.get(i + 1))));
            groups.add(group);
        }
        if (next != downgrade.size()) {
            throw new IllegalStateException("the downgrade plan has " + downgrade.size() + " steps, " + next
                    + " of which undo the upgrade's steps");
        }
        return groups;
    }

    private static boolean startsUndoing(PlannedChange step, PlannedChange undone) {
        Change reverse = undone.change().reverse();
        return step.change().op().equals(reverse.op())
                && ChangeFields.table(step.change()).equals(ChangeFields.table(reverse))
                && ChangeFields.object(step.change()).equals(ChangeFields.object(reverse));
    }
}
