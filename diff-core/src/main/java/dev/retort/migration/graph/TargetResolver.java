package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves target expressions against a revision graph: {@code head}, {@code heads}, {@code base}, a full id or
 * a unique prefix, {@code +N}/{@code -N} relative to the database's current revision, {@code REV+N}/{@code
 * REV-N} relative to any single revision (including {@code head}), and {@code FROM:TO} ranges.
 */
public final class TargetResolver {

    private static final Pattern RELATIVE = Pattern.compile("^([+-])(\\d+)$");
    private static final Pattern ANCHORED = Pattern.compile("^(.+)([+-])(\\d+)$");

    private final RevisionGraph graph;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * Resolves a target.
     *
     * @param currentHeads the heads of the revisions the database is at, for {@code +N} and {@code -N}
     * @throws RevisionException when the expression names no revision, several where one is needed, or walks off
     *     the graph
     */
    public Target resolve(String spec, Collection<String> currentHeads) {
        String trimmed = spec.strip();
        if (trimmed.isEmpty()) {
            throw new RevisionException(Problem.SYNTAX, "empty target: name a revision, head, heads or base");
        }
        if (trimmed.equals("heads")) {
            return new Target(trimmed, graph.heads());
        }
        return new Target(trimmed, resolveSingle(trimmed, List.copyOf(currentHeads)).stream().toList());
    }

    /**
     * Resolves {@code FROM:TO}: FROM as the state the database is assumed to be at, TO relative to that state.
     */
    public RevisionRange resolveRange(String spec) {
        String[] parts = spec.strip().split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new RevisionException(Problem.SYNTAX, "'" + spec + "' is not a range: write FROM:TO, e.g."
                    + " base:head or 3f9a1c:head");
        }
        Target from = resolve(parts[0], List.of());
        Target to = resolve(parts[1], graph.headsOf(graph.ancestorsInclusive(from.revisions())));
        return new RevisionRange(from, to);
    }

    /** One revision, or empty for base. */
    private Optional<String> resolveSingle(String spec, List<String> currentHeads) {
        if (spec.equals("base")) {
            return Optional.empty();
        }
        if (spec.equals("head")) {
            return onlyHead();
        }
        if (graph.contains(spec)) {
            return Optional.of(spec);
        }
        List<String> matches = graph.revisions().stream().map(MigrationSource::id).filter(id -> id.startsWith(spec))
                .toList();
        if (matches.size() > 1) {
            throw new RevisionException(Problem.AMBIGUOUS, "'" + spec + "' is a prefix of several revisions ("
                    + String.join(", ", matches) + "): give more characters");
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            return RelativeWalk.walk(graph, currentRevision(currentHeads), steps(relative.group(1), relative.group(2)));
        }
        Matcher anchored = ANCHORED.matcher(spec);
        if (anchored.matches()) {
            Optional<String> anchor = resolveSingle(anchored.group(1), currentHeads);
            return RelativeWalk.walk(graph, anchor, steps(anchored.group(2), anchored.group(3)));
        }
        throw new RevisionException(Problem.UNKNOWN, "no revision '" + spec + "': name a revision id or a unique"
                + " prefix of one, head, heads, base, +N, -N, REV+N or REV-N");
    }

    private Optional<String> onlyHead() {
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new RevisionException(Problem.MULTIPLE_HEADS, "there are several heads (" + describe(heads)
                    + "): use 'heads' to apply every branch, or write a merge revision with 'merge -m MSG heads'");
        }
        return heads.stream().findFirst();
    }

    private Optional<String> currentRevision(List<String> currentHeads) {
        if (currentHeads.size() > 1) {
            throw new RevisionException(Problem.MULTIPLE_HEADS, "the database is at several heads ("
                    + describe(currentHeads) + "): a relative step needs one; write it from a revision, e.g. "
                    + currentHeads.get(0) + "-1, or use 'heads'");
        }
        return currentHeads.stream().findFirst();
    }

    private String describe(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> id + " \"" + graph.get(id).message() + "\"").toList());
    }

    private static int steps(String sign, String digits) {
        try {
            int n = Integer.parseInt(digits);
            return sign.equals("+") ? n : -n;
        } catch (NumberFormatException e) {
            throw new RevisionException(Problem.SYNTAX, "'" + sign + digits + "' is too many steps");
        }
    }
}
