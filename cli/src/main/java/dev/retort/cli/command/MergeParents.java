package dev.retort.cli.command;

import dev.retort.cli.failure.CliFailure;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.TargetResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parents of a merge revision: the named revisions (or every head), which must be separate branches. */
final class MergeParents {

    private MergeParents() {
    }

    /**
     * Resolves each name ({@code heads} gives every head) and refuses fewer than two distinct revisions, or a
     * revision that another one already follows (merging it would join nothing).
     */
    static List<String> of(RevisionGraph graph, List<String> names) {
        if (names.equals(List.of("heads")) && graph.heads().size() < 2) {
            throw CliFailure.usage(graph.heads().isEmpty() ? "there are no migrations to merge"
                    : "there is only one head (" + graph.heads().get(0) + "): nothing to merge");
        }
        TargetResolver resolver = new TargetResolver(graph);
        Set<String> parents = new LinkedHashSet<>();
        for (String name : names) {
            List<String> revisions = resolver.resolve(name, List.of()).revisions();
            if (revisions.isEmpty()) {
                throw CliFailure.usage("'" + name + "' is base, not a revision: a merge joins revisions");
            }
            parents.addAll(revisions);
        }
        if (parents.size() < 2) {
            throw CliFailure.usage("a merge needs at least two distinct revisions, not " + String.join(", ", parents)
                    + ": name the heads to join, or write 'heads'");
        }
        requireSeparate(graph, new ArrayList<>(parents));
        return List.copyOf(parents);
    }

    private static void requireSeparate(RevisionGraph graph, List<String> parents) {
        for (String parent : parents) {
            for (String other : parents) {
                if (!parent.equals(other) && graph.ancestorsInclusive(List.of(other)).contains(parent)) {
                    throw CliFailure.usage(parent + " is an ancestor of " + other + ": a merge joins separate"
                            + " branches; name " + other + " without " + parent);
                }
            }
        }
    }
}
