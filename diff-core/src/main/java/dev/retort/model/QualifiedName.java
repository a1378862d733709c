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

    /** {@code schema.name}, unquoted: for messages and sorting keys, never for SQL. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
