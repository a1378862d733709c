package dev.retort.scan;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.Optional;

/**
 * Replaces every expression text in a model (defaults, generation expressions, CHECK expressions, index
 * expression keys and predicates) with a placeholder, so that two models can be compared on everything the
 * scanner decides itself: names, types, nullability, keys, sequences and enum types.
 */
final class ModelMask {

    private static final String MASK = "<expression>";

    private ModelMask() {
    }

    static SchemaModel mask(SchemaModel model) {
        return model.withTables(model.tables().stream().map(ModelMask::mask).toList());
    }

    private static Table mask(Table table) {
        return table.withColumns(table.columns().stream().map(ModelMask::mask).toList())
                .withChecks(table.checks().stream()
                        .map(c -> new CheckConstraint(c.name(), MASK, c.validated())).toList())
                .withIndexes(table.indexes().stream().map(ModelMask::mask).toList());
    }

    private static Column mask(Column column) {
        Column masked = column.withDefault(column.defaultExpression().map(e -> MASK));
        if (column.generated().isPresent()) {
            masked = new Column(masked.name(), masked.type(), masked.nullable(), masked.defaultExpression(),
                    masked.identity(), Optional.of(new GeneratedColumn(MASK, column.generated().get().kind())),
                    masked.collation(), masked.comment());
        }
        return masked;
    }

    private static Index mask(Index index) {
        return new Index(index.name(), index.unique(), index.method(),
                index.keys().stream().map(k -> k.kind() == IndexKey.Kind.EXPRESSION
                        ? new IndexKey(k.kind(), MASK, k.collation(), k.opclass(), k.descending(), k.nullsFirst())
                        : k).toList(),
                index.include(), index.predicate().map(p -> MASK), index.nullsNotDistinct());
    }
}
