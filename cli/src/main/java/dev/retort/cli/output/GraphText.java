package dev.retort.cli.output;

import java.util.List;
import java.util.Map;

/**
 * The readable {@code history} and {@code branches} listings, in the shape of Alembic's: one line per revision,
 * {@code PARENTS -> ID (markers), message}, or with {@code --verbose} a block per revision.
 */
public final class GraphText {

    private final Style style;

    public GraphText(Style style) {
        this.style = style;
    }

    /** The listing, newest first, followed by what the database has that the listing cannot mark. */
    public String history(List<GraphRevision> revisions, boolean verbose, DatabaseContext context) {
        StringBuilder out = new StringBuilder(revisions.isEmpty() ? "no migrations\n" : "");
        for (GraphRevision revision : revisions) {
            out.append(verbose ? details(revision) + '\n' : line(revision));
        }
        context.database().filter(database -> context.current().isEmpty())
                .ifPresent(database -> out.append(database).append(": no revision applied\n"));
        revisions.stream().filter(r -> r.database().map(GraphRevision.DatabaseMark::edited).orElse(false))
                .forEach(r -> out.append(style.red("warning: the source of " + r.id()
                        + " changed after it was applied")).append('\n'));
        context.unknown().forEach(id -> out.append(style.red("warning: " + id
                + " is applied but no migration declares it")).append('\n'));
        return out.toString();
    }

    /** Each branch point with the revisions it branches into. */
    public String branches(List<GraphRevision> branchPoints, Map<String, GraphRevision> byId) {
        StringBuilder out = new StringBuilder(branchPoints.isEmpty() ? "no branch points\n" : "");
        for (GraphRevision point : branchPoints) {
            out.append(titled(point)).append('\n');
            String indent = " ".repeat(point.id().length());
            point.children().forEach(child -> out.append(indent).append(" -> ").append(titled(byId.get(child)))
                    .append('\n'));
        }
        return out.toString();
    }

    private String line(GraphRevision revision) {
        return parents(revision.source().parents()) + " -> " + titled(revision) + '\n';
    }

    /** {@code ID (markers), message}. */
    private String titled(GraphRevision revision) {
        return style.bold(revision.id()) + markers(revision) + ", " + revision.source().message();
    }

    /** One revision's block: id and markers, parents, branches, file, creation time, checksum, message. */
    public String details(GraphRevision revision) {
        List<String> parents = revision.source().parents();
        StringBuilder out = new StringBuilder("Rev: ").append(style.bold(revision.id())).append(markers(revision))
                .append('\n');
        out.append(parents.size() > 1 ? "Merges: " : "Parent: ").append(parents(parents)).append('\n');
        if (revision.branchpoint()) {
            out.append("Branches into: ").append(String.join(", ", revision.children())).append('\n');
        }
        out.append("File: ").append(revision.source().location()).append('\n');
        out.append("Created: ").append(revision.source().created()).append('\n');
        out.append("Checksum: ").append(revision.source().checksum().orElse("none (no source text)")).append('\n');
        out.append('\n');
        revision.source().message().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        return out.toString();
    }

    private String markers(GraphRevision revision) {
        StringBuilder out = new StringBuilder();
        if (revision.head()) {
            out.append(" (head)");
        }
        if (revision.branchpoint()) {
            out.append(" (branchpoint)");
        }
        if (revision.merge()) {
            out.append(" (merge)");
        }
        revision.database().ifPresent(mark -> {
            if (mark.current()) {
                out.append(' ').append(style.green("(current)"));
            }
            if (mark.edited()) {
                out.append(' ').append(style.red("(edited)"));
            }
        });
        return out.toString();
    }

    private static String parents(List<String> parents) {
        return parents.isEmpty() ? "<base>" : String.join(", ", parents);
    }
}
