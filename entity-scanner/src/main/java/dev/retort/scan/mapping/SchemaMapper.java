package dev.retort.scan.mapping;

import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.scan.ScanException;
import dev.retort.scan.ScanWarning;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Maps Hibernate's relational model to the schema model, namespace by namespace in the order Hibernate's
 * schema export creates objects; objects outside the managed schemas are left out with a warning.
 */
public final class SchemaMapper {

    private final MappingContext context;

    private SchemaMapper(MappingContext context) {
        this.context = context;
    }

    /** The mapping of the metadata, the first managed schema receiving every unqualified object. */
    public static Mapped map(Metadata metadata, List<String> managedSchemas) {
        MappingContext context = new MappingContext(metadata, managedSchemas);
        return new SchemaMapper(context).run();
    }

    private Mapped run() {
        context.useEnumTypes(EnumTypeReader.read(context));
        List<Sequence> sequences = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Namespace namespace : context.metadata().getDatabase().getNamespaces()) {
            mapNamespace(namespace, sequences, tables);
        }
        List<EnumType> enums = new ArrayList<>();
        for (EnumType type : context.enumTypes().all()) {
            if (managed(type.name().schema(), "enum type " + type.name())) {
                enums.add(type);
            }
        }
        try {
            SchemaModel model = new SchemaModel(context.managedSchemas(), enums, sequences, tables);
            return new Mapped(model, EntityMappings.collect(context), context.warnings().all());
        } catch (IllegalArgumentException e) {
            throw new ScanException("the entities map to a schema PostgreSQL cannot hold: " + e.getMessage(), e);
        }
    }

    private void mapNamespace(Namespace namespace, List<Sequence> sequences, List<Table> tables) {
        String schema = context.schema(namespace.getPhysicalName().schema());
        NamespaceNames names = context.names(schema);
        for (var sequence : namespace.getSequences()) {
            Sequence mapped = SequenceMapper.map(sequence, context);
            if (managed(schema, "sequence " + mapped.name())) {
                names.claimRelation(mapped.name().name());
                sequences.add(mapped);
            }
        }
        List<Table> mappedHere = new ArrayList<>();
        TableMapper mapper = new TableMapper(context);
        for (org.hibernate.mapping.Table table : namespace.getTables()) {
            if (!table.isPhysicalTable()) {
                continue;
            }
            if (table.isView()) {
                context.warnings().add("view " + context.tableName(table), "views are not represented");
            } else if (managed(schema, "table " + context.tableName(table))) {
                MappedTable mapped = mapTable(mapper, table);
                mappedHere.add(mapped.table());
                sequences.addAll(mapped.serialSequences());
            }
        }
        mappedHere.forEach(t -> t.indexes().forEach(i -> names.claimRelation(i.name())));
        tables.addAll(mappedHere);
    }

    private MappedTable mapTable(TableMapper mapper, org.hibernate.mapping.Table table) {
        try {
            return mapper.map(table);
        } catch (IllegalArgumentException e) {
            throw new ScanException("table " + context.tableName(table) + " cannot be created as Hibernate declares"
                    + " it: " + e.getMessage(), e);
        }
    }

    private boolean managed(String schema, String subject) {
        if (context.isManaged(schema)) {
            return true;
        }
        context.warnings().add(subject, "schema " + schema + " is not one of the managed schemas "
                + context.managedSchemas() + "; the object is left out");
        return false;
    }

    /** The mapped model, the entities and the warnings. */
    public record Mapped(SchemaModel model, List<dev.retort.scan.EntityMapping> entities,
                         List<ScanWarning> warnings) {
    }
}
