package dev.retort.cli.output;

import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision as {@code history} and {@code branches} show it: its migration, the revisions that follow it,
 * and, when the database was asked, whether the database is at it and whether its source changed since it
 * was applied.
 */
public record GraphRevision(MigrationSource source, List<String> children, Optional<DatabaseMark> database) {

    /** Where the database stands with this revision. */
    public record DatabaseMark(boolean current, boolean edited) {
    }

    public GraphRevision {
        Objects.requireNonNull(source, "source");
        children = List.copyOf(children);
        Objects.requireNonNull(database, "database");
    }

    /** The revision as the graph has it, without database marks. */
    public static GraphRevision of(RevisionGraph graph, String id) {
        return new GraphRevision(graph.get(id), graph.children(id), Optional.empty());
    }

    public String id() {
        return source.id();
    }

    public boolean head() {
        return children.isEmpty();
    }

    public boolean branchpoint() {
        return children.size() > 1;
    }

    public boolean merge() {
        return source.parents().size() > 1;
    }
}
