package dev.retort.scan.mapping;

import dev.retort.model.ForeignKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;

/**
 * Maps Hibernate's foreign keys as its exporter writes them ({@code alter table ... add constraint FK...
 * foreign key (...) references table [(...)] [on delete ...]}); a key to the primary key names no referenced
 * columns, so PostgreSQL takes the referenced table's primary key columns.
 */
final class ForeignKeyMapper {

    private ForeignKeyMapper() {
    }

    static List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table, QualifiedName tableName,
                                        MappingContext context) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey source : table.getForeignKeyCollection()) {
            if (!source.isCreationEnabled() || !source.isPhysicalConstraint()
                    || !source.getReferencedTable().isPhysicalTable()) {
                continue;
            }
            String subject = "foreign key " + tableName + "." + source.getName();
            if (source.getKeyDefinition() != null) {
                context.warnings().add(subject, "its hand-written definition '" + source.getKeyDefinition()
                        + "' is not represented; the foreign key is left out");
                continue;
            }
            if (source.getOptions() != null && !source.getOptions().isBlank()) {
                context.warnings().add(subject, "foreign key options '" + source.getOptions()
                        + "' are not represented");
            }
            keys.add(foreignKey(source, tableName, context));
        }
        return keys;
    }

    private static ForeignKey foreignKey(org.hibernate.mapping.ForeignKey source, QualifiedName tableName,
                                         MappingContext context) {
        List<String> columns = source.getColumns().stream().map(MappingContext::columnName).toList();
        List<Column> targets = source.isReferenceToPrimaryKey()
                ? source.getReferencedTable().getPrimaryKey().getColumns()
                : source.getReferencedColumns();
        List<String> referenced = targets.stream().map(MappingContext::columnName).toList();
        String name = source.getName() != null ? PgIdentifiers.fold(source.getName())
                : context.names(tableName.schema()).chooseConstraintName(tableName.name(),
                NamespaceNames.columnAddition(columns), "fkey", List.of());
        return ForeignKey.of(name, columns, context.tableName(source.getReferencedTable()), referenced)
                .withActions(action(source.getOnDeleteAction()), ReferentialAction.NO_ACTION);
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
