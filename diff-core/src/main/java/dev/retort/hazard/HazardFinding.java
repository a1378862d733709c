package dev.retort.hazard;

import java.util.Objects;

/** One hazard of one change, with a one-line explanation and the safe alternative, for the review output. */
public record HazardFinding(Hazard hazard, String explanation, String safeAlternative) {

    public HazardFinding {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(safeAlternative, "safeAlternative");
    }
}
