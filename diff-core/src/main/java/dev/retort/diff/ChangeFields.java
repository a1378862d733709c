package dev.retort.diff;

import dev.retort.model.QualifiedName;
import java.util.Optional;

/**
 * The fields that locate a change in {@code diff --json} (CONTRACT.md section 6): {@code table}
 * (schema-qualified, absent for schema, enum-type and sequence operations), {@code object} (the column,
 * constraint or index, or the schema-qualified schema, type or sequence), {@code new_name} for renames and
 * {@code value} for enum labels. Names are raw, never quoted.
 */
public final class ChangeFields {

    private ChangeFields() {
    }

    /** The schema-qualified table the change is about, absent for schema, enum, sequence and raw SQL changes. */
    public static Optional<String> table(Change change) {
        return locate(change).table().map(QualifiedName::toString);
    }

    /** {@link #table} as a qualified name, for callers that look the table up. */
    public static Optional<QualifiedName> tableName(Change change) {
        return locate(change).table();
    }

    /**
     * The column, constraint or index the change is about (absent for whole-table changes), or the name of the
     * schema, enum type or sequence; the old name for renames.
     */
    public static Optional<String> object(Change change) {
        return locate(change).object();
    }

    /** The new (unqualified) name given by a rename. */
    public static Optional<String> newName(Change change) {
        return locate(change).newName();
    }

    /** The enum label that an enum-value change adds or removes. */
    public static Optional<String> value(Change change) {
        return locate(change).value();
    }

    private static Location locate(Change change) {
        return ChangeLocations.ofSchemaObject(change)
                .or(() -> ChangeLocations.ofIndexOrSequence(change))
                .or(() -> ChangeLocations.ofTable(change))
                .or(() -> ChangeLocations.ofColumn(change))
                .or(() -> ChangeLocations.ofConstraint(change))
                .orElseThrow(() -> new IllegalArgumentException("no JSON fields for change kind " + change.op()));
    }

    /** Where a change is, as the JSON fields give it. */
    record Location(Optional<QualifiedName> table, Optional<String> object, Optional<String> newName,
                    Optional<String> value) {

        static Location nowhere() {
            return new Location(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Location object(String object) {
            return new Location(Optional.empty(), Optional.of(object), Optional.empty(), Optional.empty());
        }

        static Location object(QualifiedName object) {
            return object(object.toString());
        }

        static Location table(QualifiedName table) {
            return new Location(Optional.of(table), Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Location in(QualifiedName table, String object) {
            return new Location(Optional.of(table), Optional.of(object), Optional.empty(),
                    Optional.empty());
        }

        Location renamedTo(String newName) {
            return new Location(table, object, Optional.of(newName), value);
        }

        Location withValue(String newValue) {
            return new Location(table, object, newName, Optional.of(newValue));
        }
    }
}
