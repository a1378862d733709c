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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The line comments written above an operation: each hazard with its explanation (marked when it blocks
 * {@code upgrade}), the safe alternatives, the other half of a rename candidate, why the step cannot run as
 * generated, how to write a backfill value, and in {@code downgrade} what data does not come back.
 */
final class StepComments {

    private static final String CONTINUATION = "    ";

    private StepComments() {
    }

    /** The comment lines (without {@code //}) for an upgrade step. */
    static List<String> upgrade(PlannedChange step, ModelCode model) {
        List<String> lines = hazards(step, true);
        lines.addAll(placeholderOrRefusal(step, model, false));
        return lines;
    }

    /**
     * The comment lines for a downgrade step; {@code undone} is the upgrade step it undoes when it is the first
     * (or only) step doing so. Downgrades are not gated, so nothing is marked blocking.
     */
    static List<String> downgrade(PlannedChange step, Optional<PlannedChange> undone, ModelCode model) {
        List<String> lines = new ArrayList<>();
        undone.ifPresent(u -> u.hazards().stream().filter(f -> f.hazard() == Hazard.IRREVERSIBLE).forEach(f ->
                lines.addAll(CommentText.lineComment("Not faithful (IRREVERSIBLE): " + f.explanation(),
                        CONTINUATION))));
        lines.addAll(hazards(step, false));
        boolean undoesBackfill = undone.map(u -> u.change() instanceof Change.Backfill).orElse(false);
        lines.addAll(placeholderOrRefusal(step, model, undoesBackfill));
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

    private static List<String> hazards(PlannedChange step, boolean markBlocking) {
        List<String> lines = new ArrayList<>();
        List<Hazard> blocking = markBlocking ? step.blockingFlags() : List.of();
        for (HazardFinding finding : step.hazards()) {
            String mark = blocking.contains(finding.hazard()) ? " (blocking)" : "";
            lines.addAll(CommentText.lineComment(finding.hazard() + mark + ": " + finding.explanation(),
                    CONTINUATION));
        }
        lines.addAll(safeAlternatives(step.hazards()));
        step.renameCandidate().ifPresent(other -> lines.addAll(CommentText.lineComment("Rename candidate: " + other
                + ". If this is one object renamed, replace the drop and the add with one rename operation.",
                CONTINUATION)));
        return lines;
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

    /**
     * For a backfill placeholder, what to write instead ({@code undoesBackfill}: the downgrade's copy of the
     * upgrade's backfill, which finds nothing to fill); for any other step that cannot run, why.
     */
    private static List<String> placeholderOrRefusal(PlannedChange step, ModelCode model, boolean undoesBackfill) {
        if (!isBackfillPlaceholder(step.change())) {
            return step.refusal().map(refusal -> CommentText.lineComment("Cannot run as generated: " + refusal,
                    CONTINUATION)).orElse(List.of());
        }
        Change.Backfill backfill = (Change.Backfill) step.change();
        String call = "ops.backfill(" + model.name(backfill.table()) + ", \"" + backfill.column()
                + "\", \"<SQL value>\")";
        if (undoesBackfill) {
            return CommentText.lineComment("To be written: the value chosen in upgrade, " + call + " (on the way"
                    + " down it finds no NULL to fill). Until then the downgrade refuses to run.", CONTINUATION);
        }
        return CommentText.lineComment("To be written: replace this placeholder with " + call + ", the value (an"
                + " SQL expression) that existing rows get before " + backfill.column() + " becomes NOT NULL."
                + " Until then the migration refuses to run.", CONTINUATION);
    }
}
