package dev.retort.migration.graph;

import dev.retort.migration.graph.RevisionException.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The revisions of a migrations folder or package linked by their parents: heads, bases, branch points and
 * merges, ancestors and descendants, and one deterministic order in which parents come before children.
 * Validated when built: unique ids, known parents, no cycle.
 */
public final class RevisionGraph {

    private final Map<String, MigrationSource> byId;
    private final Map<String, List<String>> children;

    private RevisionGraph(Map<String, MigrationSource> ordered, Map<String, List<String>> children) {
        this.byId = ordered;
        this.children = children;
    }

    /**
     * Builds the graph.
     *
     * @throws RevisionException for a duplicate or unusable id, a parent no migration declares, or a cycle
     */
    public static RevisionGraph of(Collection<MigrationSource> sources) {
        Map<String, MigrationSource> byId = new HashMap<>();
        for (MigrationSource source : sources) {
            RevisionIds.check(source);
            MigrationSource earlier = byId.putIfAbsent(source.id(), source);
            if (earlier != null) {
                throw new RevisionException(Problem.DUPLICATE_ID, "revision " + source.id() + " is declared twice: by "
                        + earlier.location() + " and by " + source.location() + "; give one of them a new id");
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        byId.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        for (MigrationSource source : byId.values()) {
            for (String parent : source.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new RevisionException(Problem.MISSING_PARENT, source.describe() + " names parent "
                            + parent + ", which no migration declares");
                }
                children.get(parent).add(source.id());
            }
        }
        List<String> order = TopologicalOrder.sort(byId, children);
        Map<String, MigrationSource> ordered = new LinkedHashMap<>();
        order.forEach(id -> ordered.put(id, byId.get(id)));
        Map<String, List<String>> sortedChildren = new HashMap<>();
        children.forEach((id, list) -> sortedChildren.put(id, order.stream().filter(list::contains).toList()));
        return new RevisionGraph(ordered, sortedChildren);
    }

    /** Every revision, parents before children (ties broken by creation time, then id). */
    public List<MigrationSource> revisions() {
        return List.copyOf(byId.values());
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<MigrationSource> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The revision with this exact id; an {@link IllegalArgumentException} if there is none. */
    public MigrationSource get(String id) {
        MigrationSource source = byId.get(id);
        if (source == null) {
            throw new IllegalArgumentException("no revision " + id);
        }
        return source;
    }

    /** The revisions that follow this one, in graph order. */
    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Revisions no other revision follows, in graph order. */
    public List<String> heads() {
        return filter(id -> children(id).isEmpty());
    }

    /** Revisions without parents, in graph order. */
    public List<String> bases() {
        return filter(id -> byId.get(id).parents().isEmpty());
    }

    /** Revisions followed by more than one revision, in graph order. */
    public List<String> branchPoints() {
        return filter(id -> children(id).size() > 1);
    }

    /** Revisions with more than one parent, in graph order. */
    public List<String> merges() {
        return filter(id -> byId.get(id).parents().size() > 1);
    }

    /** The given revisions and all their ancestors. */
    public Set<String> ancestorsInclusive(Collection<String> ids) {
        return closure(ids, id -> byId.get(id).parents());
    }

    /** The given revisions and all their descendants. */
    public Set<String> descendantsInclusive(Collection<String> ids) {
        return closure(ids, this::children);
    }

    /** The heads of a set of revisions: those none of whose children are in the set, in graph order. */
    public List<String> headsOf(Collection<String> ids) {
        Set<String> set = Set.copyOf(ids);
        return filter(id -> set.contains(id) && children(id).stream().noneMatch(set::contains));
    }

    /** The given revisions in graph order (parents first). */
    public List<String> inOrder(Collection<String> ids) {
        Set<String> set = Set.copyOf(ids);
        return filter(set::contains);
    }

    private List<String> filter(java.util.function.Predicate<String> predicate) {
        return byId.keySet().stream().filter(predicate).toList();
    }

    private Set<String> closure(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("no revision " + id);
            }
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }
}
