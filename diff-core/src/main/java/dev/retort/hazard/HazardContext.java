package dev.retort.hazard;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rules need to know besides the change itself: whether the change's table is created earlier in the
 * same plan (then it is empty and nobody uses it yet), the table's size, the server's major version, the
 * rename candidate the change is half of, if any, and what the rest of the plan creates.
 */
public record HazardContext(boolean tableCreatedInPlan, TableStats tableStats, int serverMajorVersion,
                            Optional<String> renameCandidate, PlanFacts plan) {

    public HazardContext {
        Objects.requireNonNull(tableStats, "tableStats");
        Objects.requireNonNull(renameCandidate, "renameCandidate");
        Objects.requireNonNull(plan, "plan");
    }

    /** A context that knows nothing of the rest of the plan. */
    public HazardContext(boolean tableCreatedInPlan, TableStats tableStats, int serverMajorVersion,
                         Optional<String> renameCandidate) {
        this(tableCreatedInPlan, tableStats, serverMajorVersion, renameCandidate, PlanFacts.NONE);
    }

    /** A change on an existing table of unknown size on the given server version. */
    public static HazardContext existingTable(int serverMajorVersion) {
        return new HazardContext(false, TableStats.UNKNOWN, serverMajorVersion, Optional.empty());
    }

    /** Whether the rows a lock or rewrite would touch may exist. */
    public boolean tableMayHaveRows() {
        return !tableCreatedInPlan && tableStats.mayHaveRows();
    }
}
