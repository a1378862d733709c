package dev.retort.plan;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeFields;
import dev.retort.diff.ChangeOrder;
import dev.retort.diff.RenameCandidate;
import dev.retort.diff.SchemaDiff;
import dev.retort.hazard.HazardContext;
import dev.retort.hazard.HazardRules;
import dev.retort.hazard.PlanFacts;
import dev.retort.hazard.TableStats;
import dev.retort.model.QualifiedName;
import dev.retort.sql.ChangeSql;
import dev.retort.sql.UnsupportedChangeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the comparator's changes into a plan (safe shapes, a runnable order, hazards in context, and SQL), and
 * a plan into its downgrade.
 */
public final class Planner {

    private Planner() {
    }

    public static MigrationPlan plan(SchemaDiff diff, PlanContext context) {
        Set<QualifiedName> created = createdTables(diff.changes());
        List<Change> shaped = new ArrayList<>();
        // Why by the shaped change: a safe shape replaces the comparator's change, and the rename candidate that
        // change was half of must stay on the step that carries its object (the add, not the backfill).
        Map<Change, String> candidates = new HashMap<>();
        for (Change change : diff.changes()) {
            List<Change> shapes = SafeShapes.shape(change, created);
            diff.candidateOf(change).ifPresent(c -> candidates.put(shapes.get(0), otherHalf(c, change)));
            shaped.addAll(shapes);
        }
        PlanFacts facts = PlanFacts.of(shaped);
        List<PlannedChange> steps = new ArrayList<>();
        for (Change change : ChangeOrder.sort(shaped)) {
            steps.add(step(change, facts, context, Optional.ofNullable(candidates.get(change))));
        }
        return new MigrationPlan(steps, context);
    }

    /**
     * The downgrade of a plan: each step's change reversed, in the reverse order of the plan (which undoes the
     * steps one by one, so no new sort is needed), each in its safe shape and assessed in the downgrade's own
     * context: a table the upgrade created is dropped by the downgrade, a table it dropped is created again.
     * A step keeps the rename candidate it was half of: reversed, it is still half of the reversed pair.
     *
     * @param context the database the downgrade runs against (the migrated one)
     */
    public static MigrationPlan reverse(MigrationPlan plan, PlanContext context) {
        List<PlannedChange> forward = plan.steps();
        List<Change> reversed = new ArrayList<>(forward.size());
        for (int i = forward.size() - 1; i >= 0; i--) {
            reversed.add(forward.get(i).change().reverse());
        }
        Set<QualifiedName> created = createdTables(reversed);
        List<List<Change>> shaped = new ArrayList<>();
        reversed.forEach(change -> shaped.add(SafeShapes.shape(change, created)));
        PlanFacts facts = PlanFacts.of(shaped.stream().flatMap(List::stream).toList());
        List<PlannedChange> steps = new ArrayList<>();
        for (int i = 0; i < shaped.size(); i++) {
            Optional<String> candidate = forward.get(forward.size() - 1 - i).renameCandidate();
            List<Change> shapes = shaped.get(i);
            for (int s = 0; s < shapes.size(); s++) {
                steps.add(step(shapes.get(s), facts, context, s == 0 ? candidate : Optional.empty()));
            }
        }
        return new MigrationPlan(steps, context);
    }

    /** The tables that a list of changes creates. */
    static Set<QualifiedName> createdTables(List<Change> changes) {
        Set<QualifiedName> created = new HashSet<>();
        changes.stream().filter(Change.CreateTable.class::isInstance)
                .forEach(c -> created.add(((Change.CreateTable) c).table().name()));
        return created;
    }

    /** One step: the change with its hazards in context and its SQL, or why it has no SQL yet. */
    static PlannedChange step(Change change, PlanFacts facts, PlanContext context, Optional<String> candidate) {
        Optional<QualifiedName> table = ChangeFields.tableName(change);
        boolean created = table.map(facts.createdTables()::contains).orElse(false);
        HazardContext hazardContext = new HazardContext(created,
                table.map(context::statsOf).orElse(TableStats.UNKNOWN), context.serverMajorVersion(), candidate,
                facts);
        List<String> sql = List.of();
        Optional<String> refusal = Optional.empty();
        try {
            sql = ChangeSql.statements(change);
        } catch (UnsupportedChangeException e) {
            refusal = Optional.of(e.getMessage());
        }
        return new PlannedChange(change, HazardRules.assess(change, hazardContext), hazardContext.tableMayHaveRows(),
                sql, candidate, refusal);
    }

    private static String otherHalf(RenameCandidate candidate, Change change) {
        return candidate.drop().equals(change) ? candidate.addedName() : candidate.droppedName();
    }
}
