package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.List;
import java.util.Optional;

/** Steps up (to children) or down (to parents) from a revision or from base, one revision at a time. */
final class RelativeWalk {

    private RelativeWalk() {
    }

    /** The revision {@code steps} away from {@code from} (empty: base), up when positive, down when negative. */
    static Optional<String> walk(RevisionGraph graph, Optional<String> from, int steps) {
        Optional<String> current = from;
        for (int taken = 0; taken < Math.abs(steps); taken++) {
            current = steps > 0 ? up(graph, current, steps, taken) : down(graph, current, steps, taken);
        }
        return current;
    }

    private static Optional<String> up(RevisionGraph graph, Optional<String> current, int steps, int taken) {
        List<String> next = current.map(graph::children).orElseGet(graph::bases);
        String here = current.orElse("base");
        if (next.isEmpty()) {
            throw new RevisionException(Problem.RELATIVE_STEP, "+" + steps + " goes past the head " + here
                    + after(taken));
        }
        if (next.size() > 1) {
            throw new RevisionException(Problem.RELATIVE_STEP, "cannot go up from " + here + ": it branches into "
                    + String.join(", ", next) + "; name the branch, e.g. " + next.get(0)
                    + (steps - taken > 1 ? "+" + (steps - taken - 1) : ""));
        }
        return Optional.of(next.get(0));
    }

    private static Optional<String> down(RevisionGraph graph, Optional<String> current, int steps, int taken) {
        if (current.isEmpty()) {
            throw new RevisionException(Problem.RELATIVE_STEP, steps + " goes below base" + after(taken));
        }
        List<String> parents = graph.get(current.get()).parents();
        if (parents.size() > 1) {
            throw new RevisionException(Problem.RELATIVE_STEP, "cannot go down from " + current.get()
                    + ": it merges " + String.join(", ", parents) + "; name the parent, e.g. " + parents.get(0)
                    + (Math.abs(steps) - taken > 1 ? "-" + (Math.abs(steps) - taken - 1) : ""));
        }
        return parents.stream().findFirst();
    }

    private static String after(int taken) {
        return taken == 0 ? "" : ", reached after " + taken + " step(s)";
    }
}
