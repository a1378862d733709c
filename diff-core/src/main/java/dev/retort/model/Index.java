package dev.retort.model;

import java.util.List;
import java.util.Optional;

/**
 * A free-standing index (one that backs no constraint): access method, keys, {@code INCLUDE} columns, partial
 * predicate, uniqueness and, for unique indexes, {@code NULLS NOT DISTINCT}. Its schema is its table's.
 */
public record Index(String name, boolean unique, String method, List<IndexKey> keys, List<String> include,
                    Optional<String> predicate, boolean nullsNotDistinct) {

    public Index {
        Canonical.name(name, "index name");
        Canonical.name(method, "access method of index ", name);
        keys = Canonical.ordered(keys, "keys of index ", name);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " must have at least one key");
        }
        include = Canonical.ordered(include, "INCLUDE columns of index ", name);
        Canonical.required(predicate, "predicate of index ", name);
        if (nullsNotDistinct && !unique) {
            throw new IllegalArgumentException("index " + name + " is NULLS NOT DISTINCT but not unique");
        }
    }

    /** A plain b-tree index on the given columns. */
    public static Index on(String name, String... columns) {
        return new Index(name, false, "btree", List.of(columns).stream().map(IndexKey::column).toList(), List.of(),
                Optional.empty(), false);
    }

    public Index asUnique() {
        return new Index(name, true, method, keys, include, predicate, nullsNotDistinct);
    }

    public Index withNullsNotDistinct() {
        return new Index(name, true, method, keys, include, predicate, true);
    }

    public Index withMethod(String newMethod) {
        return new Index(name, unique, newMethod, keys, include, predicate, nullsNotDistinct);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, method, newKeys, include, predicate, nullsNotDistinct);
    }

    public Index withInclude(String... columns) {
        return new Index(name, unique, method, keys, List.of(columns), predicate, nullsNotDistinct);
    }

    public Index withPredicate(String newPredicate) {
        return new Index(name, unique, method, keys, include, Optional.of(newPredicate), nullsNotDistinct);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, method, keys, include, predicate, nullsNotDistinct);
    }
}
