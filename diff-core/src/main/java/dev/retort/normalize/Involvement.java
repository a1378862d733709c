package dev.retort.normalize;

import dev.retort.diff.Change;
import dev.retort.model.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a table that must be spelled canonically to compare its two versions: the columns and the
 * constraints and indexes that its changes name, closed over what depends on them on either side (an object that
 * reads an involved column is involved, with every column it reads; a generated column likewise). Everything
 * else is textually equal on both sides, over equal columns, so PostgreSQL would print it equally on both sides.
 */
record Involvement(Set<String> columns, Set<String> objects) {

    Involvement {
        columns = Collections.unmodifiableSet(columns);
        objects = Collections.unmodifiableSet(objects);
    }

    /** Nothing involved: the changes need no canonical spelling (foreign keys, table comments). */
    boolean isEmpty() {
        return columns.isEmpty() && objects.isEmpty();
    }

    /**
     * What the changes of one table involve, over its current and target versions; empty when a change is of a
     * kind this does not follow (renames, raw SQL), for which the whole table is spelled canonically instead.
     */
    static Optional<Involvement> of(Table current, Table target, List<Change> changes) {
        Set<String> columns = new HashSet<>();
        Set<String> objects = new HashSet<>();
        for (Change change : changes) {
            if (!ChangeSeeds.add(change, columns, objects)) {
                return Optional.empty();
            }
        }
        List<ObjectColumns> sides = List.of(new ObjectColumns(current), new ObjectColumns(target));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ObjectColumns side : sides) {
                grew |= close(side.objects(), objects, columns);
                grew |= closeGenerated(side.generated(), columns);
            }
        }
        return Optional.of(new Involvement(columns, objects));
    }

    private static boolean close(Map<String, Set<String>> reads, Set<String> objects, Set<String> columns) {
        boolean grew = false;
        for (Map.Entry<String, Set<String>> object : reads.entrySet()) {
            if (objects.contains(object.getKey()) || !Collections.disjoint(object.getValue(), columns)) {
                grew |= objects.add(object.getKey());
                grew |= columns.addAll(object.getValue());
            }
        }
        return grew;
    }

    private static boolean closeGenerated(Map<String, Set<String>> reads, Set<String> columns) {
        boolean grew = false;
        for (Map.Entry<String, Set<String>> column : reads.entrySet()) {
            if (columns.contains(column.getKey()) || !Collections.disjoint(column.getValue(), columns)) {
                grew |= columns.add(column.getKey());
                grew |= columns.addAll(column.getValue());
            }
        }
        return grew;
    }
}
