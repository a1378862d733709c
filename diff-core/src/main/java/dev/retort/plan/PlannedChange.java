package dev.retort.plan;

import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardFinding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a plan: the change, its hazards in context, whether those hazards block an upgrade on this
 * table, its SQL, the other half of the rename candidate it belongs to (if any), and why it has no SQL yet
 * (a value or recipe the reviewer must write) when it cannot run as generated.
 */
public record PlannedChange(Change change, List<HazardFinding> hazards, boolean tableMayHaveRows, List<String> sql,
                            Optional<String> renameCandidate, Optional<String> refusal) {

    public PlannedChange {
        Objects.requireNonNull(change, "change");
        hazards = List.copyOf(hazards);
        sql = List.copyOf(sql);
        Objects.requireNonNull(renameCandidate, "renameCandidate");
        Objects.requireNonNull(refusal, "refusal");
    }

    public List<Hazard> flags() {
        return hazards.stream().map(HazardFinding::hazard).toList();
    }

    /** The hazards that stop {@code upgrade} unless accepted (CONTRACT.md section 6). */
    public List<Hazard> blockingFlags() {
        return flags().stream().filter(h -> h.blocks(tableMayHaveRows)).toList();
    }
}
