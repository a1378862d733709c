package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.diff.ChangeText;
import dev.retort.hazard.Hazard;
import dev.retort.plan.MigrationPlan;
import dev.retort.plan.PlannedChange;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The class Javadoc of a migration: its message, place in the graph, operation count, hazards by flag, the
 * blocking ones and how a reviewer accepts them, placeholders left to write, and what its downgrade cannot do.
 */
final class RevisionJavadoc {

    private RevisionJavadoc() {
    }

    static CodeBlock of(MigrationPlan plan, MigrationPlan downgrade, String message, String id, List<String> parents) {
        CodeBlock.Builder doc = CodeBlock.builder();
        CommentText.wrap(CommentText.javadoc(message), "").forEach(line -> doc.add("$L\n", line));
        doc.add("\n<p>Revision $L, $L.\n", id, place(parents));
        doc.add("\n<p>$L\n", operations(plan, parents));
        hazardsByFlag(doc, plan);
        blocking(doc, plan);
        long placeholders = placeholders(plan);
        long downgradePlaceholders = placeholders(downgrade);
        if (placeholders + downgradePlaceholders > 0) {
            doc.add("\n<p>Backfill values to write: $L in upgrade, $L in downgrade. Until each"
                    + " {@code ops.backfillToBeWritten}\nis replaced by {@code ops.backfill(table, column,"
                    + " \"<SQL value>\")}, the migration refuses to run.\n", placeholders, downgradePlaceholders);
        }
        list(doc, "Downgrade restores the structure but not the data of:", plan,
                s -> s.flags().contains(Hazard.IRREVERSIBLE));
        list(doc, "Downgrade refuses ({@code IrreversibleMigrationException}) until the reverse of these is written:",
                plan, s -> MigrationBodies.hasNoReverse(s.change()));
        return doc.build();
    }

    private static long placeholders(MigrationPlan plan) {
        return plan.steps().stream().filter(s -> StepComments.isBackfillPlaceholder(s.change())).count();
    }

    private static String place(List<String> parents) {
        if (parents.isEmpty()) {
            return "the first revision";
        }
        return (parents.size() == 1 ? "following " : "merging ") + String.join(", ", parents);
    }

    private static String operations(MigrationPlan plan, List<String> parents) {
        if (!plan.isEmpty()) {
            return plan.steps().size() + (plan.steps().size() == 1 ? " operation." : " operations.");
        }
        return parents.size() > 1 ? "A merge revision: it joins its parents' branches and changes nothing."
                : "No operations: there was no change to write.";
    }

    private static void hazardsByFlag(CodeBlock.Builder doc, MigrationPlan plan) {
        if (plan.steps().stream().allMatch(s -> s.hazards().isEmpty())) {
            return;
        }
        doc.add("\n<p>Hazards by flag (operations carrying it, of which blocking):\n<ul>\n");
        for (Hazard hazard : Hazard.values()) {
            long count = plan.steps().stream().filter(s -> s.flags().contains(hazard)).count();
            long blocking = plan.steps().stream().filter(s -> s.blockingFlags().contains(hazard)).count();
            if (count > 0) {
                doc.add("  <li>$L: $L$L</li>\n", hazard, count, blocking > 0 ? ", " + blocking + " blocking" : "");
            }
        }
        doc.add("</ul>\n");
    }

    /** The operations whose hazards stop {@code upgrade}, and the acceptance a reviewer writes for them. */
    private static void blocking(CodeBlock.Builder doc, MigrationPlan plan) {
        List<PlannedChange> blocked = plan.steps().stream().filter(s -> !s.blockingFlags().isEmpty()).toList();
        if (blocked.isEmpty()) {
            return;
        }
        doc.add("\n<p>Blocking: {@code upgrade} refuses this migration until a reviewer accepts each blocking hazard"
                + " on its\noperation, with the reason it is safe here, by appending for example\n"
                + "{@code .accept($T.$L, \"reason\")} to the operation's statement (the generator never writes an\n"
                + "acceptance), or runs {@code upgrade --accept-hazards}:\n<ul>\n", Hazard.class,
                blocked.get(0).blockingFlags().get(0));
        for (PlannedChange step : blocked) {
            item(doc, ChangeText.describe(step.change()) + ": "
                    + step.blockingFlags().stream().map(Hazard::name).collect(Collectors.joining(", ")));
        }
        doc.add("</ul>\n");
    }

    private static void list(CodeBlock.Builder doc, String title, MigrationPlan plan, Predicate<PlannedChange> which) {
        List<PlannedChange> steps = plan.steps().stream().filter(which).toList();
        if (steps.isEmpty()) {
            return;
        }
        doc.add("\n<p>$L\n<ul>\n", title);
        steps.forEach(step -> item(doc, ChangeText.describe(step.change())));
        doc.add("</ul>\n");
    }

    private static void item(CodeBlock.Builder doc, String text) {
        List<String> lines = CommentText.wrap(CommentText.javadoc(text) + "</li>", "      ");
        doc.add("  <li>$L\n", lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> doc.add("$L\n", line));
    }
}
