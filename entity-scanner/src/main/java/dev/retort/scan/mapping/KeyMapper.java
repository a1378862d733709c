package dev.retort.scan.mapping;

import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * A table's primary key and UNIQUE constraints as Hibernate's CREATE TABLE declares them on PostgreSQL
 * (inline {@code unique} for single unique columns, table-level {@code unique (...)} for the other unique
 * keys) and as PostgreSQL names them: {@code table_pkey}, {@code table_col1_col2_key} when unnamed.
 */
final class KeyMapper {

    private KeyMapper() {
    }

    /** Why: reading the unique keys first lets Hibernate drop the one that repeats the primary key and reorder it. */
    static List<UniqueKey> uniqueKeys(Table table) {
        return new ArrayList<>(table.getUniqueKeys().values());
    }

    static Optional<PrimaryKey> primaryKey(Table table, String tableName, NamespaceNames names) {
        if (!table.hasPrimaryKey()) {
            return Optional.empty();
        }
        var key = table.getPrimaryKey();
        List<String> columns = key.getColumns().stream().map(MappingContext::columnName).toList();
        UniqueKey ordering = key.getOrderingUniqueKey();
        String name = ordering != null && ordering.isNameExplicit() ? PgIdentifiers.fold(ordering.getName())
                : names.chooseRelationName(tableName, null, "pkey", true);
        claim(names, name);
        return Optional.of(PrimaryKey.of(name, columns.toArray(String[]::new)));
    }

    /**
     * The unique constraints in declaration order: inline column ones, then table-level ones. Why: PostgreSQL
     * folds a unique constraint on the primary key's columns, or one repeating an earlier constraint, into the
     * earlier one (transformIndexConstraints), handing over its name when the earlier one has none.
     */
    static List<UniqueConstraint> uniqueConstraints(Table table, String tableName, List<ColumnParts> columns,
                                                    Optional<PrimaryKey> primaryKey, List<UniqueKey> keys,
                                                    NamespaceNames names) {
        List<Declared> declared = new ArrayList<>();
        for (ColumnParts column : columns) {
            if (column.unique()) {
                add(declared, new Declared(Optional.empty(), List.of(column.column().name())), primaryKey);
            }
        }
        for (UniqueKey key : keys) {
            if (!isSingleColumnUnique(table, key)) {
                Optional<String> name = key.isNameExplicit() ? Optional.of(PgIdentifiers.fold(key.getName()))
                        : Optional.empty();
                add(declared, new Declared(name, key.getColumns().stream().map(MappingContext::columnName).toList()),
                        primaryKey);
            }
        }
        List<UniqueConstraint> constraints = new ArrayList<>();
        for (Declared unique : declared) {
            String name = unique.name.orElseGet(() -> names.chooseRelationName(tableName,
                    NamespaceNames.columnAddition(unique.columns), "key", true));
            claim(names, name);
            constraints.add(UniqueConstraint.of(name, unique.columns.toArray(String[]::new)));
        }
        return constraints;
    }

    private static void add(List<Declared> declared, Declared unique, Optional<PrimaryKey> primaryKey) {
        if (primaryKey.isPresent() && primaryKey.get().columns().equals(unique.columns)) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            Declared earlier = declared.get(i);
            if (earlier.columns.equals(unique.columns)) {
                if (earlier.name.isEmpty()) {
                    declared.set(i, new Declared(unique.name, earlier.columns));
                }
                return;
            }
        }
        declared.add(unique);
    }

    /** Hibernate's CreateTableUniqueDelegate: a one-column key on a unique column is already declared inline. */
    private static boolean isSingleColumnUnique(Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        var column = key.getColumn(0);
        var tableColumn = table.getColumn(column);
        return column.isUnique() || tableColumn != null && tableColumn.isUnique();
    }

    private static void claim(NamespaceNames names, String name) {
        names.claimRelation(name);
        names.claimConstraint(name);
    }

    /** A unique constraint as declared: its explicit name, if any, and its columns. */
    private record Declared(Optional<String> name, List<String> columns) {
    }
}
