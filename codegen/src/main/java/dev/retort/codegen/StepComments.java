package dev.retort.codegen;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeText;
import dev.retort.hazard.Hazard;
import dev.retort.hazard.HazardFinding;
import dev.retort.plan.PlannedChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The line comments written above an operation: each hazard with its explanation (marked when it blocks
 * {@code upgrade}), the safe alternatives, the other half of a rename candidate, why the step cannot run as
 * generated, and how to write a backfill value.
 */
final class StepComments {

    private static final String CONTINUATION = "    ";

    private StepComments() {
    }

    /** The comment lines (without {@code //}) for an upgrade step. */
    static List<String> upgrade(PlannedChange step, ModelCode model) {
        List<String> lines = new ArrayList<>();
        List<Hazard> blocking = step.blockingFlags();
        for (HazardFinding finding : step.hazards()) {
            String mark = blocking.contains(finding.hazard()) ? " (blocking)" : "";
            lines.addAll(CommentText.lineComment(finding.hazard() + mark + ": " + finding.explanation(), CONTINUATION));
        }
        lines.addAll(safeAlternatives(step.hazards()));
        step.renameCandidate().ifPresent(other -> lines.addAll(CommentText.lineComment("Rename candidate: " + other
                + ". If this is one object renamed, replace the drop and the add with one rename operation.",
                CONTINUATION)));
        if (isBackfillPlaceholder(step.change())) {
            lines.addAll(backfill((Change.Backfill) step.change(), model));
        } else {
            step.refusal().ifPresent(refusal -> lines.addAll(
                    CommentText.lineComment("Cannot run as generated: " + refusal, CONTINUATION)));
        }
        return lines;
    }

    /** The comment lines for the reverse of a step in {@code downgrade}. */
    static List<String> downgrade(PlannedChange step, Change reverse, ModelCode model) {
        List<String> lines = new ArrayList<>();
        step.hazards().stream().filter(f -> f.hazard() == Hazard.IRREVERSIBLE).forEach(f -> lines.addAll(
                CommentText.lineComment("Not faithful (IRREVERSIBLE): " + f.explanation(), CONTINUATION)));
        if (isBackfillPlaceholder(reverse)) {
            lines.addAll(CommentText.lineComment("To be written: the value chosen in upgrade, "
                    + backfillCall((Change.Backfill) reverse, model) + " (on the way down it finds no NULL to"
                    + " fill). Until then the downgrade refuses to run.", CONTINUATION));
        }
        return lines;
    }

    /** The comment standing in for the reverse of a step that has none. */
    static List<String> noReverse(Change change) {
        return CommentText.lineComment("No reverse for: " + ChangeText.describe(change) + ". Write the operations"
                + " that undo it here, for example ops.execute(\"<SQL>\"), then remove the throw at the end of this"
                + " method.", CONTINUATION);
    }

    static boolean isBackfillPlaceholder(Change change) {
        return change instanceof Change.Backfill backfill && backfill.value().isEmpty();
    }

    /** Each distinct safe alternative once, naming the hazards it answers when there are several. */
    private static List<String> safeAlternatives(List<HazardFinding> findings) {
        Map<String, List<Hazard>> byAlternative = new LinkedHashMap<>();
        findings.forEach(f -> byAlternative.computeIfAbsent(f.safeAlternative(), a -> new ArrayList<>())
                .add(f.hazard()));
        List<String> lines = new ArrayList<>();
        byAlternative.forEach((alternative, hazards) -> {
            String label = byAlternative.size() == 1 ? "Safe alternative: "
                    : "Safe alternative for " + hazards.stream().map(Hazard::name).collect(Collectors.joining(", "))
                    + ": ";
            lines.addAll(CommentText.lineComment(label + alternative, CONTINUATION));
        });
        return lines;
    }

    private static String backfillCall(Change.Backfill backfill, ModelCode model) {
        return "ops.backfill(" + model.name(backfill.table()) + ", \"" + backfill.column() + "\", \"<SQL value>\")";
    }

    private static List<String> backfill(Change.Backfill backfill, ModelCode model) {
        return CommentText.lineComment("To be written: replace this placeholder with " + backfillCall(backfill, model)
                + ", the value (an SQL"
                + " expression) that existing rows get before " + backfill.column() + " becomes NOT NULL. Until"
                + " then the migration refuses to run.", CONTINUATION);
    }
}
