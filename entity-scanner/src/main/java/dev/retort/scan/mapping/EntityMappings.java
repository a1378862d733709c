package dev.retort.scan.mapping;

import dev.retort.model.QualifiedName;
import dev.retort.scan.EntityMapping;
import dev.retort.scan.MappedColumn;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/** Lists every entity with its table and the columns its identifier, discriminator and attributes map to. */
final class EntityMappings {

    private EntityMappings() {
    }

    static List<EntityMapping> collect(MappingContext context) {
        List<EntityMapping> entities = new ArrayList<>();
        for (PersistentClass entity : context.metadata().getEntityBindings()) {
            List<MappedColumn> columns = new ArrayList<>();
            String id = entity.getIdentifierProperty() == null ? "(id)" : entity.getIdentifierProperty().getName();
            add(columns, id, entity.getTable(), entity.getIdentifier(), context);
            if (entity.getDiscriminator() != null) {
                add(columns, "(discriminator)", entity.getTable(), entity.getDiscriminator(), context);
            }
            for (Property property : entity.getPropertyClosure()) {
                add(columns, property.getName(), property.getValue().getTable(), property.getValue(), context);
            }
            entities.add(new EntityMapping(entity.getClassName(), entity.getJpaEntityName(),
                    context.tableName(entity.getTable()), columns));
        }
        return entities;
    }

    private static void add(List<MappedColumn> columns, String attribute, Table table, Value value,
                            MappingContext context) {
        if (value instanceof Collection collection) {
            Table collectionTable = collection.getCollectionTable();
            add(columns, attribute, collectionTable, collection.getKey(), context);
            if (collection instanceof IndexedCollection indexed) {
                add(columns, attribute + ".(index)", collectionTable, indexed.getIndex(), context);
            }
            add(columns, attribute + ".(element)", collectionTable, collection.getElement(), context);
            return;
        }
        if (value == null || table == null) {
            return;
        }
        QualifiedName tableName = context.tableName(table);
        for (Selectable selectable : value.getSelectables()) {
            if (selectable instanceof Column column) {
                columns.add(new MappedColumn(attribute, tableName, MappingContext.columnName(column)));
            }
        }
    }
}
