package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders revisions parents first (Kahn's algorithm); among revisions that are ready at the same time the one
 * created first, then the smaller id, comes first, so the order never depends on how the sources were listed.
 */
final class TopologicalOrder {

    private TopologicalOrder() {
    }

    static List<String> sort(Map<String, MigrationSource> byId, Map<String, List<String>> children) {
        Comparator<String> tieBreak = Comparator.<String, String>comparing(id -> byId.get(id).created())
                .thenComparing(Comparator.naturalOrder());
        Map<String, Integer> waitingParents = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>(tieBreak);
        byId.forEach((id, source) -> {
            waitingParents.put(id, source.parents().size());
            if (source.parents().isEmpty()) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String child : children.get(id)) {
                if (waitingParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < byId.size()) {
            throw new RevisionException(Problem.CYCLE, "revisions form a cycle through their parents: "
                    + String.join(" -> ", findCycle(byId, Set.copyOf(order))));
        }
        return order;
    }

    /** One cycle among the revisions Kahn's algorithm could not order, walked through parents. */
    private static List<String> findCycle(Map<String, MigrationSource> byId, Set<String> ordered) {
        String start = byId.keySet().stream().filter(id -> !ordered.contains(id)).sorted().findFirst().orElseThrow();
        LinkedHashSet<String> path = new LinkedHashSet<>();
        String current = start;
        while (path.add(current)) {
            current = byId.get(current).parents().stream().filter(p -> !ordered.contains(p)).sorted()
                    .findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (String id : path) {
            inCycle |= id.equals(current);
            if (inCycle) {
                cycle.add(id);
            }
        }
        cycle.add(current);
        return cycle;
    }
}
