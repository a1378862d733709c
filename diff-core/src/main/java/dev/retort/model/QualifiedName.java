package dev.retort.model;

import java.util.Comparator;

/** A schema-qualified object name, exactly as stored in the catalog (case preserved, never quoted). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Canonical.name(schema, "schema");
        Canonical.name(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /**
     * Written out rather than left to the record. Why: names are map keys and lookup keys all through a
     * comparison, and the record's generated {@code equals} goes through method handles that are several times
     * slower until the JIT has warmed them up, which a command of a few seconds never sees.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QualifiedName that && schema.equals(that.schema)
                && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    /** {@code schema.name}, unquoted: for messages and sorting keys, never for SQL. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
