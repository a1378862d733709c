package dev.retort.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A database schema as Retort manages it: the managed schemas and the enum types, sequences and tables in them.
 * Everything is sorted by name, so two models of the same schema are equal.
 */
public record SchemaModel(List<String> schemas, List<EnumType> enums, List<Sequence> sequences, List<Table> tables) {

    public SchemaModel {
        schemas = List.copyOf(new TreeSet<>(Canonical.ordered(schemas, "schemas")));
        enums = Canonical.sortedByName(enums, e -> e.name().toString(), "enum types");
        sequences = Canonical.sortedByName(sequences, s -> s.name().toString(), "sequences");
        tables = Canonical.sortedByName(tables, t -> t.name().toString(), "tables");
        requireKnownSchemas(schemas, enums, sequences, tables);
        requireDistinctRelationNames(sequences, tables);
    }

    /** A model of the given schemas with nothing in them. */
    public static SchemaModel empty(String... schemas) {
        return new SchemaModel(List.of(schemas), List.of(), List.of(), List.of());
    }

    /** The table of that name; a binary search, since the comparator looks up every table of a large model. */
    public Optional<Table> table(QualifiedName name) {
        return Canonical.findByName(tables, name.toString(), t -> t.name().toString());
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return Canonical.findByName(sequences, name.toString(), s -> s.name().toString());
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return Canonical.findByName(enums, name.toString(), e -> e.name().toString());
    }

    public SchemaModel withTables(List<Table> newTables) {
        return new SchemaModel(schemas, enums, sequences, newTables);
    }

    public SchemaModel withSequences(List<Sequence> newSequences) {
        return new SchemaModel(schemas, enums, newSequences, tables);
    }

    public SchemaModel withEnums(List<EnumType> newEnums) {
        return new SchemaModel(schemas, newEnums, sequences, tables);
    }

    private static void requireKnownSchemas(List<String> schemas, List<EnumType> enums, List<Sequence> sequences,
                                            List<Table> tables) {
        Set<String> known = Set.copyOf(schemas);
        enums.forEach(e -> requireKnown(known, e.name(), "enum type"));
        sequences.forEach(s -> requireKnown(known, s.name(), "sequence"));
        tables.forEach(t -> requireKnown(known, t.name(), "table"));
    }

    private static void requireKnown(Set<String> known, QualifiedName name, String kind) {
        if (!known.contains(name.schema())) {
            throw new IllegalArgumentException(kind + " " + name + " is in schema " + name.schema()
                    + ", which is not one of the model's schemas " + new TreeSet<>(known));
        }
    }

    /** Why: tables, sequences and indexes share one namespace per schema ({@code pg_class}). */
    private static void requireDistinctRelationNames(List<Sequence> sequences, List<Table> tables) {
        Map<QualifiedName, String> owners = new HashMap<>();
        sequences.forEach(s -> claim(owners, s.name(), "sequence " + s.name()));
        tables.forEach(t -> claim(owners, t.name(), "table " + t.name()));
        for (Table table : tables) {
            for (String relation : table.relationNames()) {
                claim(owners, QualifiedName.of(table.name().schema(), relation), "an index or sequence of table "
                        + table.name());
            }
        }
    }

    private static void claim(Map<QualifiedName, String> owners, QualifiedName name, String owner) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            throw new IllegalArgumentException("the name " + name + " is used twice: by " + previous + " and by "
                    + owner);
        }
    }
}
