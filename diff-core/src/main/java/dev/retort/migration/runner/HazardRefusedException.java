package dev.retort.migration.runner;

import dev.retort.migration.MigrationException;
import java.util.List;

/**
 * {@code upgrade} refused before running anything: operations with blocking hazards that their migration does
 * not accept (exit 1).
 */
public final class HazardRefusedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<HazardRefusal> refusals;

    public HazardRefusedException(List<HazardRefusal> refusals) {
        super("refused, nothing was run: " + refusals.size() + " blocking hazard(s) not accepted\n  "
                + String.join("\n  ", refusals.stream().map(HazardRefusal::describe).toList())
                + "\nAfter review, accept each on its operation with .accept(Hazard.NAME, \"reason\"),"
                + " or run upgrade with --accept-hazards.");
        this.refusals = List.copyOf(refusals);
    }

    public List<HazardRefusal> refusals() {
        return refusals;
    }

    @Override
    public Category category() {
        return Category.REFUSED;
    }
}
