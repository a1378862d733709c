package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions a {@code history -r FROM:TO} range selects: FROM and its descendants that are also TO or its
 * ancestors. Either side may be empty: an empty FROM reaches down to base, an empty TO up to every head.
 * Relative steps in TO count from FROM when FROM is given, else (like those in FROM) from the current heads.
 */
public final class HistoryRange {

    private HistoryRange() {
    }

    /**
     * The selected revisions, in graph order (parents first).
     *
     * @param currentHeads the heads of the revisions the database is at, for {@code +N} and {@code -N}; empty
     *     when unknown, which counts from base
     * @throws RevisionException when the range does not parse, a side names no revision, or the range selects
     *     none (TO below FROM or on another branch)
     */
    public static List<String> select(RevisionGraph graph, String spec, Collection<String> currentHeads) {
        String[] sides = spec.strip().split(":", -1);
        if (sides.length != 2) {
            throw new RevisionException(Problem.SYNTAX, "'" + spec + "' is not a range: write FROM:TO (either side"
                    + " may be empty), e.g. base:head, 3f9a1c: or :head");
        }
        TargetResolver resolver = new TargetResolver(graph);
        boolean openBelow = sides[0].isBlank();
        boolean openAbove = sides[1].isBlank();
        Set<String> selected = new HashSet<>(graph.revisions().stream().map(MigrationSource::id).toList());
        List<String> toHeads = List.copyOf(currentHeads);
        if (!openBelow) {
            Target from = resolver.resolve(sides[0], currentHeads);
            if (!from.isBase()) {
                selected.retainAll(graph.descendantsInclusive(from.revisions()));
            }
            toHeads = graph.headsOf(graph.ancestorsInclusive(from.revisions()));
        }
        if (!openAbove) {
            selected.retainAll(graph.ancestorsInclusive(resolver.resolve(sides[1], toHeads).revisions()));
        }
        if (selected.isEmpty() && !graph.revisions().isEmpty()) {
            throw new RevisionException(Problem.SYNTAX, "the range '" + spec + "' selects no revision: TO must be"
                    + " FROM or one of its descendants");
        }
        return graph.inOrder(selected);
    }
}
