package dev.retort.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs up objects of one kind (constraints, indexes, sequences) on the current and the target side: first by
 * name, then the leftovers by definition, so that an object whose only difference is its name is a rename and
 * not a drop and an add.
 *
 * @param <T> the object kind
 */
final class Matching<T> {

    /** Two objects that are the same object, possibly with a different name or a different definition. */
    record Pair<T>(T current, T target) {
    }

    final List<Pair<T>> sameName = new ArrayList<>();
    final List<Pair<T>> renamed = new ArrayList<>();
    final List<T> dropped = new ArrayList<>();
    final List<T> added = new ArrayList<>();

    private Matching() {
    }

    /**
     * @param name       an object's name
     * @param definition everything but the name; equal definitions mean the same object
     */
    static <T> Matching<T> of(List<T> current, List<T> target, Function<T, String> name,
                              Function<T, Object> definition) {
        Matching<T> result = new Matching<>();
        Map<String, T> targetByName = new LinkedHashMap<>();
        target.forEach(t -> targetByName.put(name.apply(t), t));
        List<T> unmatchedCurrent = new ArrayList<>();
        for (T c : current) {
            T t = targetByName.remove(name.apply(c));
            if (t != null) {
                result.sameName.add(new Pair<>(c, t));
            } else {
                unmatchedCurrent.add(c);
            }
        }
        List<T> unmatchedTarget = new ArrayList<>(targetByName.values());
        for (T c : unmatchedCurrent) {
            Object def = definition.apply(c);
            T match = unmatchedTarget.stream().filter(t -> Objects.equals(definition.apply(t), def)).findFirst()
                    .orElse(null);
            if (match != null) {
                unmatchedTarget.remove(match);
                result.renamed.add(new Pair<>(c, match));
            } else {
                result.dropped.add(c);
            }
        }
        result.added.addAll(unmatchedTarget);
        return result;
    }
}
