package dev.retort.cli.output;

import dev.retort.hazard.HazardFinding;
import dev.retort.migration.CallSite;
import dev.retort.migration.runner.AssessedStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The hazards an upgrade ran with because they were accepted, one line each, so that the output of every run
 * names what the reviewer (or {@code --accept-hazards}) let through.
 */
public final class AcceptedHazards {

    private AcceptedHazards() {
    }

    /**
     * {@code File.java:LINE (revision ID) OPERATION: HAZARD accepted in the source ("REASON")} for each hazard
     * the step's source accepts, and {@code ...: HAZARD accepted by --accept-hazards} for each other blocking
     * hazard when {@code acceptAll}; empty when nothing was accepted.
     */
    public static String text(List<AssessedStep> steps, boolean acceptAll) {
        List<String> lines = new ArrayList<>();
        for (AssessedStep step : steps) {
            for (HazardFinding finding : step.findings()) {
                String reason = step.step().accepted().get(finding.hazard());
                if (reason != null) {
                    lines.add(where(step) + finding.hazard() + " accepted in the source (\"" + reason + "\")");
                } else if (acceptAll && finding.hazard().blocks(step.tableMayHaveRows())) {
                    lines.add(where(step) + finding.hazard() + " accepted by --accept-hazards");
                }
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("accepted hazards:\n");
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    private static String where(AssessedStep step) {
        String location = step.step().callSite().map(CallSite::toString)
                .orElse(step.migration().path().source().location());
        return location + " (revision " + step.migration().path().revision() + ") " + step.operation() + ": ";
    }
}
