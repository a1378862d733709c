package dev.retort.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Construction-time helpers shared by the model records: null checks, sorting and uniqueness. */
final class Canonical {

    private Canonical() {
    }

    static <T> T required(T value, String what) {
        return Objects.requireNonNull(value, what + " must not be null");
    }

    static String name(String value, String what) {
        required(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /** An immutable copy that keeps the given order (for lists whose order is meaningful). */
    static <T> List<T> ordered(List<T> values, String what) {
        required(values, what);
        for (T value : values) {
            required(value, "an element of " + what);
        }
        return List.copyOf(values);
    }

    /** An immutable copy sorted by name, refusing two elements with the same name. */
    static <T> List<T> sortedByName(List<T> values, Function<T, String> nameOf, String what) {
        List<T> copy = new ArrayList<>(ordered(values, what));
        copy.sort(Comparator.comparing(nameOf));
        requireUniqueNames(copy, nameOf, what);
        return List.copyOf(copy);
    }

    /** The entry named {@code name} of a list sorted by {@link #sortedByName} with the same {@code nameOf}. */
    static <T> Optional<T> findByName(List<T> sorted, String name, Function<T, String> nameOf) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            T entry = sorted.get(middle);
            int order = nameOf.apply(entry).compareTo(name);
            if (order == 0) {
                return Optional.of(entry);
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    static <T> void requireUniqueNames(List<T> values, Function<T, String> nameOf, String what) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(nameOf.apply(value))) {
                throw new IllegalArgumentException(what + " has two entries named '" + nameOf.apply(value) + "'");
            }
        }
    }

    /** A non-empty list of non-empty names in the given order. */
    static List<String> nameList(List<String> names, String what) {
        List<String> copy = ordered(names, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one column");
        }
        copy.forEach(n -> name(n, "a column of " + what));
        return copy;
    }
}
