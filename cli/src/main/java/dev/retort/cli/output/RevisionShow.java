package dev.retort.cli.output;

import dev.retort.diff.Change;
import dev.retort.diff.ChangeText;
import dev.retort.hazard.HazardFinding;
import dev.retort.migration.Step;
import dev.retort.migration.runner.AssessedStep;
import dev.retort.migration.runner.Direction;
import dev.retort.migration.runner.RevisionPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code show} output: the revision's details, then for upgrade and downgrade a table of its operations
 * and hazards, each hazard's explanation and safe alternative, and each operation's SQL.
 */
public final class RevisionShow {

    /** One body: its preview, or why it refuses to be recorded (an irreversible downgrade, say). */
    public record Body(Direction direction, Optional<RevisionPreview> preview, Optional<String> refusal) {

        public Body {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(preview, "preview");
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    private final Style style;

    public RevisionShow(Style style) {
        this.style = style;
    }

    /**
     * @param assessment how the hazards were assessed, e.g. against which database, as one sentence
     */
    public String render(GraphRevision revision, String assessment, List<Body> bodies) {
        StringBuilder out = new StringBuilder(new GraphText(style).details(revision)).append('\n');
        out.append(assessment).append('\n');
        bodies.forEach(body -> out.append('\n').append(body(body)));
        return out.toString();
    }

    private String body(Body body) {
        String title = body.direction() == Direction.UPGRADE ? "Upgrade" : "Downgrade";
        if (body.refusal().isPresent()) {
            return style.bold(title) + ": refuses to run: " + body.refusal().get() + '\n';
        }
        List<RevisionPreview.Operation> operations = body.preview().orElseThrow().operations();
        if (operations.isEmpty()) {
            return style.bold(title) + ": no operations\n";
        }
        // Why only the upgrade marks blocking hazards: reverting is not gated (CONTRACT.md section 3).
        boolean gated = body.direction() == Direction.UPGRADE;
        int count = operations.size();
        return style.bold(title) + ": " + count + (count == 1 ? " operation" : " operations") + '\n'
                + table(operations, gated) + '\n' + details(operations, gated);
    }

    private String table(List<RevisionPreview.Operation> operations, boolean gated) {
        TextTable table = new TextTable().add(style.bold("#"), style.bold("OPERATION"), style.bold("OBJECT"),
                style.bold("HAZARDS"));
        int number = 1;
        boolean blocking = false;
        for (RevisionPreview.Operation operation : operations) {
            AssessedStep assessed = operation.assessed();
            Optional<Change> change = assessed.step().change();
            table.add(String.valueOf(number++), change.map(Change::op).orElse("jdbc"),
                    change.map(PlanReview::object).orElse(assessed.step().description()), hazards(assessed, gated));
            blocking |= assessed.findings().stream().anyMatch(f -> blocks(assessed, f, gated));
        }
        String legend = blocking ? "\n  " + style.red("*") + " blocking: the migration runs only where it accepts "
                + "this hazard, or with upgrade --accept-hazards\n" : "";
        return table.render() + legend;
    }

    private String hazards(AssessedStep assessed, boolean gated) {
        List<String> shown = new ArrayList<>();
        for (HazardFinding finding : assessed.findings()) {
            String name = finding.hazard().name();
            if (!blocks(assessed, finding, gated)) {
                shown.add(style.yellow(name));
            } else if (assessed.step().accepted().containsKey(finding.hazard())) {
                shown.add(style.green(name + "* (accepted)"));
            } else {
                shown.add(style.red(name + "*"));
            }
        }
        return String.join(", ", shown);
    }

    private String details(List<RevisionPreview.Operation> operations, boolean gated) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (RevisionPreview.Operation operation : operations) {
            Step step = operation.assessed().step();
            out.append("  ").append(number++).append(". ").append(step.change().map(ChangeText::describe)
                    .orElse("JDBC step \"" + step.description() + "\"")).append(step.callSite()
                    .map(site -> style.dim(" (" + site + ")")).orElse("")).append('\n');
            operation.assessed().findings().forEach(f -> out.append(finding(operation.assessed(), f, gated)));
            out.append(alternatives(operation.assessed().findings()));
            operation.sql().forEach(sql -> out.append("     ").append(sql.replace("\n", "\n     ")).append(";\n"));
            operation.incomplete().ifPresent(why -> out.append("     ")
                    .append(style.red("-- needs your input: " + why)).append('\n'));
            if (step.work().isPresent()) {
                out.append("     ").append(style.dim("-- Java code, not shown as SQL")).append('\n');
            }
        }
        return out.toString();
    }

    private String finding(AssessedStep assessed, HazardFinding finding, boolean gated) {
        String accepted = assessed.step().accepted().get(finding.hazard());
        String how = !blocks(assessed, finding, gated) ? ""
                : accepted == null ? " (blocking)" : " (blocking, accepted: " + accepted + ")";
        return "     " + finding.hazard().name() + how + ": " + finding.explanation() + '\n';
    }

    /** The safe alternatives, each once, naming its hazards when they do not all share one. */
    private String alternatives(List<HazardFinding> findings) {
        Map<String, List<String>> byAlternative = new LinkedHashMap<>();
        findings.forEach(f -> byAlternative.computeIfAbsent(f.safeAlternative(), k -> new ArrayList<>())
                .add(f.hazard().name()));
        StringBuilder out = new StringBuilder();
        byAlternative.forEach((alternative, hazards) -> out.append("     ").append(style.dim("safe alternative"
                + (byAlternative.size() == 1 ? "" : " for " + String.join(", ", hazards)) + ": " + alternative))
                .append('\n'));
        return out.toString();
    }

    private static boolean blocks(AssessedStep assessed, HazardFinding finding, boolean gated) {
        return gated && finding.hazard().blocks(assessed.tableMayHaveRows());
    }
}
