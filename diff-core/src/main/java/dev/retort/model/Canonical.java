package dev.retort.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Construction-time helpers shared by the model records: null checks, sorting and uniqueness.
 *
 * <p>What a value is for a message is given in parts ({@code what}, then the {@code subject} it belongs to, then a
 * {@code suffix}), joined only when a check fails. Why: models of thousands of tables are built and rebuilt
 * during one comparison, and joining every message up front cost more than the checks themselves.
 */
final class Canonical {

    private Canonical() {
    }

    static <T> T required(T value, String what) {
        return required(value, what, "");
    }

    static <T> T required(T value, String what, Object subject) {
        if (value == null) {
            throw new NullPointerException(what + subject + " must not be null");
        }
        return value;
    }

    static String name(String value, String what) {
        return name(value, what, "");
    }

    static String name(String value, String what, Object subject) {
        required(value, what, subject);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + subject + " must not be empty");
        }
        return value;
    }

    /** An immutable copy that keeps the given order (for lists whose order is meaningful). */
    static <T> List<T> ordered(List<T> values, String what) {
        return ordered(values, what, "");
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> ordered(List<T> values, String what, Object subject) {
        return (List<T>) List.of(elements(values, what, subject, ""));
    }

    /** An immutable copy sorted by name, refusing two elements with the same name. */
    static <T> List<T> sortedByName(List<T> values, Function<T, String> nameOf, String what) {
        return sortedByName(values, nameOf, what, "", "");
    }

    /**
     * Like {@link #sortedByName(List, Function, String)}, described as {@code what + subject + suffix}. Lists
     * that come sorted (from another model, or from the catalog's ordered queries) are only checked, not sorted.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> sortedByName(List<T> values, Function<T, String> nameOf, String what, Object subject,
                                    String suffix) {
        Object[] elements = elements(values, what, subject, suffix);
        String[] names = new String[elements.length];
        boolean sorted = true;
        for (int i = 0; i < elements.length; i++) {
            names[i] = nameOf.apply((T) elements[i]);
            sorted &= i == 0 || names[i - 1].compareTo(names[i]) <= 0;
        }
        if (!sorted) {
            Arrays.sort(elements, Comparator.comparing(e -> nameOf.apply((T) e)));
            for (int i = 0; i < elements.length; i++) {
                names[i] = nameOf.apply((T) elements[i]);
            }
        }
        for (int i = 1; i < names.length; i++) {
            if (names[i].equals(names[i - 1])) {
                throw new IllegalArgumentException(what + subject + suffix + " has two entries named '" + names[i]
                        + "'");
            }
        }
        return (List<T>) List.of(elements);
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

    /** A non-empty list of non-empty names in the given order. */
    static List<String> nameList(List<String> names, String what) {
        return nameList(names, what, "");
    }

    static List<String> nameList(List<String> names, String what, Object subject) {
        List<String> copy = ordered(names, what, subject);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + subject + " must name at least one column");
        }
        for (String name : copy) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a column of " + what + subject + " must not be empty");
            }
        }
        return copy;
    }

    /** The elements of {@code values}, none of them null. */
    private static Object[] elements(List<?> values, String what, Object subject, String suffix) {
        if (values == null) {
            throw new NullPointerException(what + subject + suffix + " must not be null");
        }
        Object[] elements = values.toArray();
        for (Object element : elements) {
            if (element == null) {
                throw new NullPointerException("an element of " + what + subject + suffix + " must not be null");
            }
        }
        return elements;
    }
}
