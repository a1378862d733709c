package dev.retort.scan.mapping;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;

/** Maps Hibernate's indexes ({@code create [unique] index name on table (key [asc|desc], ...)}). */
final class IndexMapper {

    private IndexMapper() {
    }

    static List<Index> indexes(org.hibernate.mapping.Table table, QualifiedName tableName, MappingContext context) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<IndexKey> keys = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                IndexKey key = selectable instanceof Column column
                        ? IndexKey.column(MappingContext.columnName(column))
                        : IndexKey.expression(selectable.getText());
                columns.add(key.value());
                keys.add(ordered(key, index.getSelectableOrderMap().get(selectable), tableName, context));
            }
            if (index.getOptions() != null && !index.getOptions().isBlank()) {
                context.warnings().add("index " + index.getName(), "index options '" + index.getOptions()
                        + "' are not represented");
            }
            String name = index.getName() != null ? PgIdentifiers.fold(index.getName())
                    : context.names(tableName.schema()).chooseRelationName(tableName.name(),
                    NamespaceNames.columnAddition(columns), "idx", false);
            indexes.add(new Index(name, index.isUnique(), "btree", keys, List.of(), Optional.empty(), false));
        }
        return indexes;
    }

    /** Applies an order such as {@code desc} or {@code asc nulls first} written after the key. */
    private static IndexKey ordered(IndexKey key, String order, QualifiedName table, MappingContext context) {
        if (order == null || order.isBlank()) {
            return key;
        }
        String normalized = order.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        IndexKey result = key;
        if (normalized.startsWith("desc")) {
            result = key.sortedDescending();
            normalized = normalized.substring(4).trim();
        } else if (normalized.startsWith("asc")) {
            normalized = normalized.substring(3).trim();
        }
        switch (normalized) {
            case "" -> {
                return result;
            }
            case "nulls first" -> {
                return result.withNullsFirst(true);
            }
            case "nulls last" -> {
                return result.withNullsFirst(false);
            }
            default -> {
                context.warnings().add("index key " + table + "." + key.value(), "order '" + order
                        + "' is not represented");
                return result;
            }
        }
    }
}
