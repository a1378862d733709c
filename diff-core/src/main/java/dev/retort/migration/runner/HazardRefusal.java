package dev.retort.migration.runner;

import dev.retort.hazard.Hazard;
import dev.retort.migration.CallSite;
import java.util.Objects;
import java.util.Optional;

/**
 * One blocking hazard that no acceptance covers: the migration, the operation (its op name and what it is
 * about), the hazard, the explanation, and the source line of the operation.
 */
public record HazardRefusal(String location, String revision, String operation, Hazard hazard,
                            String explanation, Optional<CallSite> callSite) {

    public HazardRefusal {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(callSite, "callSite");
    }

    /** {@code File.java:LINE (revision ID) OPERATION: HAZARD is not accepted. EXPLANATION} */
    public String describe() {
        return callSite.map(CallSite::toString).orElse(location) + " (revision " + revision + ") " + operation
                + ": " + hazard + " is not accepted. " + explanation;
    }
}
