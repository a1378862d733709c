package dev.retort.cli.output;

import dev.retort.migration.runner.AssessedStep;
import dev.retort.migration.runner.PathStep;
import dev.retort.migration.runner.ReviewedMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human {@code review}: per revision, each operation with its hazards and their explanations (blocking ones
 * marked accepted, with the reviewer's reason, or not accepted) and each distinct safe alternative once, then the
 * operations still to write, and a closing count.
 */
public final class ReviewText {

    private final Style style;

    public ReviewText(Style style) {
        this.style = style;
    }

    /** The review under the given heading line. */
    public String render(String heading, List<ReviewedMigration> reviewed) {
        StringBuilder text = new StringBuilder(heading).append('\n');
        if (reviewed.isEmpty()) {
            return text.toString();
        }
        reviewed.forEach(migration -> migration(text, migration));
        long unaccepted = reviewed.stream().mapToLong(ReviewedMigration::blockingUnaccepted).sum();
        int incomplete = reviewed.stream().mapToInt(m -> m.incomplete().size()).sum();
        String summary = unaccepted == 0 ? "No blocking hazard is left unaccepted."
                : plural(unaccepted, "blocking hazard") + " not accepted.";
        if (incomplete > 0) {
            summary += " " + plural(incomplete, "operation") + " still to write.";
        }
        return text.append('\n').append(summary).append('\n').toString();
    }

    private void migration(StringBuilder text, ReviewedMigration migration) {
        PathStep path = migration.migration().path();
        text.append('\n').append(style.bold(path.revision())).append("  ").append(path.source().message())
                .append("  (").append(path.source().location()).append(")\n");
        List<ReviewedHazard> hazards = ReviewedHazard.of(migration);
        if (hazards.isEmpty()) {
            text.append("  no hazards\n");
        }
        for (AssessedStep step : migration.steps()) {
            List<ReviewedHazard> ofStep = hazards.stream().filter(h -> h.step() == step).toList();
            if (ofStep.isEmpty()) {
                continue;
            }
            text.append("  ").append(step.operation())
                    .append(ofStep.get(0).line().map(line -> "  (line " + line + ")").orElse("")).append('\n');
            ofStep.forEach(hazard -> text.append("    ").append(flag(hazard)).append(": ")
                    .append(hazard.finding().explanation()).append('\n'));
            safeAlternatives(text, ofStep);
        }
        migration.incomplete().forEach(problem -> text.append("  ").append(style.red("to write: ")).append(problem)
                .append('\n'));
    }

    /** The flag, and for a blocking one whether the source accepts it (with the reviewer's reason). */
    private String flag(ReviewedHazard hazard) {
        String name = hazard.finding().hazard().name();
        if (!hazard.blocking()) {
            return style.yellow(name);
        }
        return hazard.reason().map(reason -> style.green(name) + " (blocking, accepted: " + reason + ")")
                .orElseGet(() -> style.red(name + " (blocking, not accepted)"));
    }

    /** Each distinct safe alternative once, naming the hazards it answers. */
    private void safeAlternatives(StringBuilder text, List<ReviewedHazard> hazards) {
        Map<String, List<String>> byAlternative = new LinkedHashMap<>();
        hazards.forEach(h -> byAlternative.computeIfAbsent(h.finding().safeAlternative(), a -> new ArrayList<>())
                .add(h.finding().hazard().name()));
        byAlternative.forEach((alternative, flags) -> text.append("    ").append(style.dim("Safe alternative for "
                + String.join(", ", flags) + ": " + alternative)).append('\n'));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
