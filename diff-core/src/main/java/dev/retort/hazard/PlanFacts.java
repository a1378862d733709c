package dev.retort.hazard;

import dev.retort.diff.Change;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the other changes of the same plan (or migration) create that a rule about one change needs: the tables
 * created, and the leading columns of the indexes, primary keys and unique constraints created on each table.
 */
public record PlanFacts(Set<QualifiedName> createdTables, Map<QualifiedName, List<List<String>>> indexedColumns) {

    /** Nothing known: no table created, no index created. */
    public static final PlanFacts NONE = new PlanFacts(Set.of(), Map.of());

    public PlanFacts {
        createdTables = Set.copyOf(createdTables);
        indexedColumns = Map.copyOf(indexedColumns);
    }

    /** The facts of a list of changes. */
    public static PlanFacts of(List<Change> changes) {
        Set<QualifiedName> created = new HashSet<>();
        Map<QualifiedName, List<List<String>>> indexed = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof Change.CreateTable create) {
                Table table = create.table();
                created.add(table.name());
                table.primaryKey().ifPresent(pk -> add(indexed, table.name(), pk.columns()));
                table.uniqueConstraints().forEach(u -> add(indexed, table.name(), u.columns()));
            } else if (change instanceof Change.CreateIndex create) {
                add(indexed, create.table(), leadingColumns(create.index()));
            } else if (change instanceof Change.AddPrimaryKey add) {
                add(indexed, add.table(), add.primaryKey().columns());
            } else if (change instanceof Change.AddUnique add) {
                add(indexed, add.table(), add.unique().columns());
            }
        }
        return new PlanFacts(created, indexed);
    }

    /**
     * Whether an index created in the plan can serve lookups by all of {@code columns}: its leading keys are
     * exactly those columns, in any order (a B-tree answers equality on its leading columns in any order).
     */
    public boolean indexes(QualifiedName table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        return indexedColumns.getOrDefault(table, List.of()).stream()
                .anyMatch(keys -> keys.size() >= wanted.size()
                        && Set.copyOf(keys.subList(0, wanted.size())).equals(wanted));
    }

    /** The plain-column keys an index starts with, up to its first expression key. */
    private static List<String> leadingColumns(Index index) {
        List<String> columns = new ArrayList<>();
        // Why only B-tree: a hash, GIN or BRIN index does not serve the equality lookups of a foreign key check
        // on several columns the way a B-tree's leading columns do.
        if (!index.method().equals("btree") || index.predicate().isPresent()) {
            return columns;
        }
        for (IndexKey key : index.keys()) {
            if (key.kind() != IndexKey.Kind.COLUMN) {
                break;
            }
            columns.add(key.value());
        }
        return columns;
    }

    private static void add(Map<QualifiedName, List<List<String>>> indexed, QualifiedName table,
                            List<String> columns) {
        if (!columns.isEmpty()) {
            indexed.computeIfAbsent(table, t -> new ArrayList<>()).add(List.copyOf(columns));
        }
    }
}
