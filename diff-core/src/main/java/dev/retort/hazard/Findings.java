package dev.retort.hazard;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of one change under construction, applying the new-table rule of HAZARDS.md: on a table created
 * earlier in the same plan (empty, and used by no running application yet) the rules drop the lock, rewrite and
 * fails-on-data flags, except findings about another table, such as a foreign key's lock on the table it
 * references. One finding per flag: the first one added wins.
 */
final class Findings {

    /** The flags that presuppose rows in, or traffic on, the change's own table. */
    private static final Set<Hazard> EXEMPT_ON_NEW_TABLE = EnumSet.of(Hazard.BLOCKS_READS_WRITES,
            Hazard.BLOCKS_WRITES, Hazard.LOCK_QUEUE_RISK, Hazard.TABLE_REWRITE, Hazard.MAY_FAIL_ON_DATA);

    private final HazardContext context;
    private final Map<Hazard, HazardFinding> findings = new EnumMap<>(Hazard.class);

    Findings(HazardContext context) {
        this.context = context;
    }

    HazardContext context() {
        return context;
    }

    /** A finding about the change's own table: a lock, rewrite or fails-on-data flag is dropped on a new table. */
    Findings add(Hazard hazard, String explanation, String safeAlternative) {
        if (!(context.tableCreatedInPlan() && EXEMPT_ON_NEW_TABLE.contains(hazard))) {
            put(hazard, explanation, safeAlternative);
        }
        return this;
    }

    /**
     * A finding that only exists because the table already holds rows or serves traffic (for example the
     * non-transactional safe path that a lock on an existing table calls for): dropped on a new table.
     */
    Findings addOnExistingTable(Hazard hazard, String explanation, String safeAlternative) {
        if (!context.tableCreatedInPlan()) {
            put(hazard, explanation, safeAlternative);
        }
        return this;
    }

    /** A finding about another object (a referenced table, a type, a sequence): kept even on a new table. */
    Findings addAlways(Hazard hazard, String explanation, String safeAlternative) {
        put(hazard, explanation, safeAlternative);
        return this;
    }

    /** The findings in the order of {@link Hazard}'s constants. */
    List<HazardFinding> list() {
        return List.copyOf(findings.values());
    }

    private void put(Hazard hazard, String explanation, String safeAlternative) {
        findings.putIfAbsent(hazard, new HazardFinding(hazard, explanation, safeAlternative));
    }
}
