package dev.retort.model;

import java.util.HashSet;
import java.util.List;

/** An enum type with its labels in sort order ({@code pg_enum.enumsortorder}). */
public record EnumType(QualifiedName name, List<String> labels) {

    public EnumType {
        Canonical.required(name, "enum type name");
        labels = Canonical.ordered(labels, "labels of enum type ", name);
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("enum type " + name + " repeats a label");
        }
    }

    public static EnumType of(QualifiedName name, String... labels) {
        return new EnumType(name, List.of(labels));
    }
}
