package dev.retort.scan;

import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** A readable list of the differences between two schema models, object by object and table by table. */
final class ModelDifference {

    private ModelDifference() {
    }

    /** Empty when the models are equal; otherwise one line per differing object, expected first. */
    static String between(SchemaModel expected, SchemaModel actual) {
        List<String> lines = new ArrayList<>();
        compare(lines, "schemas", expected.schemas(), actual.schemas());
        compareBy(lines, "enum type", expected.enums(), actual.enums(), e -> e.name().toString());
        compareBy(lines, "sequence", expected.sequences(), actual.sequences(), s -> s.name().toString());
        Map<String, Table> expectedTables = byName(expected.tables(), t -> t.name().toString());
        Map<String, Table> actualTables = byName(actual.tables(), t -> t.name().toString());
        for (String name : union(expectedTables, actualTables)) {
            Table want = expectedTables.get(name);
            Table got = actualTables.get(name);
            if (want == null || got == null) {
                lines.add("table " + name + ": expected " + (want == null ? "absent" : "present") + ", got "
                        + (got == null ? "absent" : "present"));
            } else if (!want.equals(got)) {
                tableLines(lines, name, want, got);
            }
        }
        if (lines.isEmpty() && !expected.equals(actual)) {
            lines.add("models differ: expected " + expected + "\n  got " + actual);
        }
        return String.join("\n", lines);
    }

    private static void tableLines(List<String> lines, String name, Table want, Table got) {
        String prefix = "table " + name + " ";
        compareBy(lines, prefix + "column", want.columns(), got.columns(), c -> c.name());
        compare(lines, prefix + "primary key", want.primaryKey(), got.primaryKey());
        compareBy(lines, prefix + "unique", want.uniqueConstraints(), got.uniqueConstraints(), u -> u.name());
        compareBy(lines, prefix + "foreign key", want.foreignKeys(), got.foreignKeys(), f -> f.name());
        compareBy(lines, prefix + "check", want.checks(), got.checks(), c -> c.name());
        compareBy(lines, prefix + "index", want.indexes(), got.indexes(), i -> i.name());
        compare(lines, prefix + "comment", want.comment(), got.comment());
    }

    private static <T> void compareBy(List<String> lines, String what, List<T> expected, List<T> actual,
                                      Function<T, String> name) {
        Map<String, T> want = byName(expected, name);
        Map<String, T> got = byName(actual, name);
        for (String key : union(want, got)) {
            compare(lines, what + " " + key, want.get(key), got.get(key));
        }
    }

    private static void compare(List<String> lines, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            lines.add(what + ":\n    expected " + expected + "\n    actual   " + actual);
        }
    }

    private static <T> Map<String, T> byName(List<T> values, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        values.forEach(v -> map.put(name.apply(v), v));
        return map;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
