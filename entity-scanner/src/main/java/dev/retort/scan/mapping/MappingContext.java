package dev.retort.scan.mapping;

import dev.retort.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Table;

/**
 * What every mapper shares during one scan: Hibernate's metadata, the default and managed schemas, the names
 * taken so far in each schema, the named enum types, and the warnings.
 */
final class MappingContext {

    private final Metadata metadata;
    private final String defaultSchema;
    private final List<String> managedSchemas;
    private final Warnings warnings = new Warnings();
    private final Map<String, NamespaceNames> names = new HashMap<>();
    private EnumTypes enumTypes = EnumTypes.none();

    MappingContext(Metadata metadata, List<String> managedSchemas) {
        this.metadata = metadata;
        this.defaultSchema = managedSchemas.get(0);
        this.managedSchemas = List.copyOf(managedSchemas);
    }

    Metadata metadata() {
        return metadata;
    }

    Dialect dialect() {
        return metadata.getDatabase().getDialect();
    }

    String defaultSchema() {
        return defaultSchema;
    }

    List<String> managedSchemas() {
        return managedSchemas;
    }

    boolean isManaged(String schema) {
        return managedSchemas.contains(schema);
    }

    Warnings warnings() {
        return warnings;
    }

    EnumTypes enumTypes() {
        return enumTypes;
    }

    void useEnumTypes(EnumTypes types) {
        this.enumTypes = types;
    }

    NamespaceNames names(String schema) {
        return names.computeIfAbsent(schema, s -> new NamespaceNames());
    }

    /** The schema PostgreSQL puts an object in: the named one, or the default schema when none is named. */
    String schema(Identifier schema) {
        return schema == null ? defaultSchema : PgIdentifiers.fold(schema);
    }

    /** A Hibernate table's name as PostgreSQL stores it. */
    QualifiedName tableName(Table table) {
        return QualifiedName.of(schema(table.getQualifiedTableName().getSchemaName()),
                PgIdentifiers.fold(table.getNameIdentifier()));
    }

    /** A Hibernate column's name as PostgreSQL stores it. */
    static String columnName(org.hibernate.mapping.Column column) {
        return PgIdentifiers.truncate(column.isQuoted() ? column.getName() : PgIdentifiers.lowerAscii(column.getName()));
    }
}
