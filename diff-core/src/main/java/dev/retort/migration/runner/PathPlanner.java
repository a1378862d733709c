package dev.retort.migration.runner;

import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.Target;
import dev.retort.migration.history.History;
import dev.retort.migration.history.HistoryEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The migrations between a database's history and a target, with Alembic's semantics: an upgrade applies every
 * ancestor of the target that is not applied (so {@code heads} applies every branch), a downgrade reverts every
 * applied descendant of the target (other branches stay), {@code base} being before everything.
 */
final class PathPlanner {

    private PathPlanner() {
    }

    static List<PathStep> upgrade(RevisionGraph graph, History history, Target target) {
        Set<String> needed = new HashSet<>(graph.ancestorsInclusive(target.revisions()));
        needed.removeAll(history.applied());
        List<String> order = graph.inOrder(needed);
        requirePartialsResumed(history, HistoryEntry.State.UPGRADING, order, Direction.UPGRADE);
        List<PathStep> path = new ArrayList<>();
        for (String id : order) {
            int done = history.entry(id).map(HistoryEntry::stepsDone).orElse(0);
            path.add(new PathStep(graph.get(id), Direction.UPGRADE, done));
        }
        return path;
    }

    static List<PathStep> downgrade(RevisionGraph graph, History history, Target target) {
        List<String> order = new ArrayList<>(graph.inOrder(toRevert(graph, history.present(), target)));
        java.util.Collections.reverse(order);
        requirePartialsResumed(history, HistoryEntry.State.DOWNGRADING, order, Direction.DOWNGRADE);
        List<PathStep> path = new ArrayList<>();
        for (String id : order) {
            int done = history.entry(id).filter(HistoryEntry::isPartial).map(HistoryEntry::stepsDone).orElse(0);
            path.add(new PathStep(graph.get(id), Direction.DOWNGRADE, done));
        }
        return path;
    }

    /** The revisions a database is at after stamping: what an upgrade or downgrade to the target would leave. */
    static Set<String> stampedState(RevisionGraph graph, History history, Target target) {
        Set<String> state = new HashSet<>(history.present());
        state.retainAll(graph.revisions().stream().map(s -> s.id()).toList());
        state.removeAll(toRevert(graph, state, target));
        state.addAll(graph.ancestorsInclusive(target.revisions()));
        return state;
    }

    /** Of the given revisions, those strictly after the target; all of them for base. */
    private static Set<String> toRevert(RevisionGraph graph, Set<String> present, Target target) {
        Set<String> revert = new HashSet<>(present);
        if (!target.isBase()) {
            revert.retainAll(graph.descendantsInclusive(target.revisions()));
            revert.removeAll(graph.ancestorsInclusive(target.revisions()));
        }
        return revert;
    }

    /**
     * A migration stopped part way can only be continued in the direction it was going: any other partial row
     * (or one this command would not reach) must be dealt with first.
     */
    private static void requirePartialsResumed(History history, HistoryEntry.State resumable, List<String> path,
                                               Direction direction) {
        for (HistoryEntry entry : history.partial()) {
            if (entry.state() != resumable || !path.contains(entry.revision())) {
                String how = entry.state() == HistoryEntry.State.UPGRADING
                        ? "upgrade to it (or beyond) to finish it" : "downgrade below it to finish reverting it";
                throw new MigrationStateException("revision " + entry.revision() + " stopped part way through its "
                        + (entry.state() == HistoryEntry.State.UPGRADING ? "upgrade" : "downgrade") + " ("
                        + entry.stepsDone() + " step(s) done), so this " + direction.verb() + " cannot run: " + how
                        + " first, or stamp the database once you have repaired it by hand");
            }
        }
    }
}
