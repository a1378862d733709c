package dev.retort.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which changes can run: schemas, types and sequences first; foreign keys dropped before what
 * they depend on; renames before the changes that use the new names; new tables before the foreign keys that
 * reference them (all foreign keys are added last, which also breaks cycles between tables); column drops after
 * the constraints and indexes on them; types and sequences dropped after the columns that used them.
 * Within one step the comparator's order is kept.
 */
public final class ChangeOrder {

    private static final Map<String, Integer> STEP = Map.ofEntries(
            Map.entry("create_schema", 0),
            Map.entry("create_enum", 1), Map.entry("add_enum_value", 1), Map.entry("create_sequence", 1),
            Map.entry("drop_foreign_key", 2),
            Map.entry("drop_index", 3), Map.entry("drop_unique", 3), Map.entry("drop_check", 3),
            Map.entry("drop_primary_key", 4),
            Map.entry("rename_column", 5), Map.entry("rename_table", 6), Map.entry("rename_constraint", 7),
            Map.entry("rename_index", 7), Map.entry("rename_sequence", 7),
            Map.entry("create_table", 8),
            Map.entry("add_column", 9),
            // Why this order inside a column: an identity needs NOT NULL and no default; a type change that
            // needs USING cannot convert the old default (ALTER TABLE notes), so the default goes first and the
            // new one is set after the type change.
            Map.entry("drop_identity", 10), Map.entry("drop_default", 11), Map.entry("alter_column_type", 12),
            Map.entry("set_default", 13), Map.entry("drop_not_null", 14), Map.entry("backfill", 14),
            Map.entry("set_not_null", 15),
            Map.entry("add_identity", 16), Map.entry("alter_sequence", 17),
            Map.entry("add_primary_key", 18), Map.entry("add_unique", 19), Map.entry("add_check", 19),
            Map.entry("create_index", 20),
            Map.entry("drop_column", 21),
            Map.entry("drop_table", 22),
            Map.entry("add_foreign_key", 23),
            Map.entry("drop_sequence", 24), Map.entry("drop_enum_value", 25), Map.entry("drop_enum", 26),
            Map.entry("drop_schema", 27),
            Map.entry("set_comment", 28), Map.entry("execute", 29));

    private static final int DISOWN_STEP = 2;
    private static final int OWN_STEP = 20;

    private ChangeOrder() {
    }

    /** The changes in an order in which they can run, stable within each step. */
    public static List<Change> sort(List<Change> changes) {
        return changes.stream().sorted(Comparator.comparingInt(ChangeOrder::step)).toList();
    }

    static int step(Change change) {
        // Why two places: dropping a column drops the sequences it owns, so a sequence is disowned before any
        // column drop; a new owner column exists only once the tables and columns have been created.
        if (change instanceof Change.SetSequenceOwner owner) {
            return owner.to().isEmpty() ? DISOWN_STEP : OWN_STEP;
        }
        Integer step = STEP.get(change.op());
        if (step == null) {
            throw new IllegalStateException("no plan step for operation " + change.op());
        }
        return step;
    }
}
