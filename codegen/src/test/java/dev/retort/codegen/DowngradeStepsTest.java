package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import dev.retort.diff.SampleChanges;
import dev.retort.model.Column;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import dev.retort.plan.Planner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Downgrade steps are grouped by the upgrade step they undo, safe shapes included. */
class DowngradeStepsTest {

    @Test
    void aSafeShapeStaysWithTheStepItUndoes() {
        Change addPhone = new Change.AddColumn(SampleChanges.USERS, Column.of("phone", "text"));
        Change dropEmail = new Change.DropColumn(SampleChanges.USERS, Column.of("email", "text").notNull());
        Change execute = new Change.Execute(Optional.of("SELECT 1"), Optional.of("SELECT 2"));
        MigrationPlan plan = Plans.of(List.of(addPhone, dropEmail, execute));
        List<PlannedChange> undone = new ArrayList<>(plan.steps());
        Collections.reverse(undone);

        List<List<PlannedChange>> groups = DowngradeSteps.group(undone,
                Planner.reverse(plan, plan.context()).steps());

        assertThat(groups).map(group -> group.stream().map(PlannedChange::change).toList()).containsExactly(
                List.of(execute.reverse()),
                List.of(new Change.AddColumn(SampleChanges.USERS, Column.of("email", "text")),
                        new Change.Backfill(SampleChanges.USERS, "email", Optional.empty()),
                        new Change.SetNotNull(SampleChanges.USERS, "email")),
                List.of(addPhone.reverse()));
    }
}
