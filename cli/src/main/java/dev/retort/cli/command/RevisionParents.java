package dev.retort.cli.command;

import dev.retort.cli.database.CurrentSchema;
import dev.retort.cli.failure.CliFailure;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.TargetResolver;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The parents of a new revision, a new revision's id, and the rule that autogenerate against a live database
 * starts from its head.
 */
final class RevisionParents {

    private RevisionParents() {
    }

    /** The revision named by {@code --head}, else the graph's single head (none for the first revision). */
    static List<String> of(RevisionGraph graph, Optional<String> head) {
        if (head.isPresent()) {
            return new TargetResolver(graph).resolve(head.get(), List.of()).revisions();
        }
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw CliFailure.usage("the migrations have several heads (" + String.join(", ", heads) + "); name the"
                    + " parent with --head REV, or join them first with 'retort merge -m MSG heads'");
        }
        return heads;
    }

    /** Refuses a {@code --rev-id} that a migration already declares. */
    static void requireNewId(RevisionGraph graph, Optional<String> revisionId) {
        if (revisionId.isPresent() && graph.contains(revisionId.get())) {
            throw CliFailure.usage("revision " + revisionId.get() + " already exists ("
                    + graph.get(revisionId.get()).location() + "); choose another --rev-id");
        }
    }

    /** Refuses unless the live database is at exactly the new revision's parents. */
    static void requireDatabaseAt(List<String> parents, CurrentSchema current) {
        List<String> at = current.revision().map(r -> Arrays.asList(r.split(","))).orElse(List.of());
        if (!new HashSet<>(at).equals(new HashSet<>(parents))) {
            String where = at.isEmpty() ? "has no revision applied" : "is at " + String.join(", ", at);
            String head = parents.isEmpty() ? "base" : String.join(", ", parents);
            throw CliFailure.usage(current.database() + " " + where + ", not at " + head + "; run 'retort upgrade'"
                    + " first, so that autogenerate compares the entities with the latest migration");
        }
    }
}
