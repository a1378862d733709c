package dev.retort.sql;

import dev.retort.diff.Change;
import java.util.List;

/**
 * One change tried on a real server: the SQL that builds the state before it, the catalog lines (in
 * {@link CatalogSnapshot}'s form) that the change makes appear and disappear, and whether its reverse must
 * bring the before-state back.
 */
record ChangeCase(String name, String setup, Change change, List<String> appears, List<String> disappears,
                  boolean reversible) {

    static ChangeCase of(String name, String setup, Change change) {
        return new ChangeCase(name, setup, change, List.of(), List.of(), true);
    }

    ChangeCase appears(String... lines) {
        return new ChangeCase(name, setup, change, List.of(lines), disappears, reversible);
    }

    ChangeCase disappears(String... lines) {
        return new ChangeCase(name, setup, change, appears, List.of(lines), reversible);
    }

    /** For a change whose reverse has no SQL of its own (removing an enum label). */
    ChangeCase notReversible() {
        return new ChangeCase(name, setup, change, appears, disappears, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
