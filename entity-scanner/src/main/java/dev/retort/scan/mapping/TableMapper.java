package dev.retort.scan.mapping;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.mapping.AggregateColumn;
import org.hibernate.mapping.UniqueKey;

/**
 * Maps one Hibernate table in the order PostgreSQL processes its CREATE TABLE, because that order decides the
 * names PostgreSQL chooses: identity and serial sequences, the table, its CHECKs, its primary key, its unique
 * constraints; then its indexes and foreign keys, which Hibernate names itself.
 */
final class TableMapper {

    private final MappingContext context;

    TableMapper(MappingContext context) {
        this.context = context;
    }

    MappedTable map(org.hibernate.mapping.Table source) {
        QualifiedName name = context.tableName(source);
        NamespaceNames names = context.names(name.schema());
        warnAboutUnrepresented(source, name);
        List<UniqueKey> uniqueKeys = KeyMapper.uniqueKeys(source);
        ColumnMapper columnMapper = new ColumnMapper(context, source, name);
        List<ColumnParts> parts = new ArrayList<>();
        for (org.hibernate.mapping.Column column : source.getColumns()) {
            parts.add(columnMapper.map(column));
        }
        names.claimRelation(name.name());
        List<Column> columns = parts.stream().map(ColumnParts::column).toList();
        List<String> columnNames = columns.stream().map(Column::name).toList();
        List<CheckConstraint> checks = CheckNaming.name(name.name(), columnNames, checks(source, parts), names);
        Optional<PrimaryKey> primaryKey = KeyMapper.primaryKey(source, name.name(), names);
        List<UniqueConstraint> uniques = KeyMapper.uniqueConstraints(source, name.name(), parts, primaryKey,
                uniqueKeys, names);
        Table table = new Table(name, columns, primaryKey, uniques,
                ForeignKeyMapper.foreignKeys(source, name, context), checks,
                IndexMapper.indexes(source, name, context), Optional.ofNullable(source.getComment()));
        List<Sequence> serials = parts.stream().flatMap(p -> p.serialSequence().stream()).toList();
        return new MappedTable(table, serials);
    }

    /**
     * The checks in the order Hibernate's CREATE TABLE declares them: each column's own, then per column the
     * named checks not declared with it, then the table's checks (StandardTableExporter.applyTableCheck).
     */
    private List<CheckSpec> checks(org.hibernate.mapping.Table source, List<ColumnParts> parts) {
        List<CheckSpec> checks = new ArrayList<>();
        parts.forEach(p -> checks.addAll(p.checks()));
        for (org.hibernate.mapping.Column column : source.getColumns()) {
            var constraints = column.getCheckConstraints();
            boolean skipFirstNamed = constraints.stream().noneMatch(c -> c.isAnonymous())
                    && context.dialect().supportsNamedColumnCheck();
            for (var constraint : constraints) {
                if (constraint.isNamed()) {
                    if (skipFirstNamed) {
                        skipFirstNamed = false;
                    } else {
                        checks.add(new CheckSpec(Optional.of(constraint.getName()), constraint.getConstraint()));
                    }
                }
            }
        }
        for (var constraint : source.getChecks()) {
            checks.add(new CheckSpec(Optional.ofNullable(constraint.isNamed() ? constraint.getName() : null),
                    constraint.getConstraint()));
        }
        return checks;
    }

    private void warnAboutUnrepresented(org.hibernate.mapping.Table source, QualifiedName name) {
        String subject = "table " + name;
        if (source.getOptions() != null && !source.getOptions().isBlank()) {
            context.warnings().add(subject, "table options '" + source.getOptions() + "' are not represented");
        }
        if (source.getExtraDeclarations() != null && !source.getExtraDeclarations().isBlank()) {
            context.warnings().add(subject, "extra declarations '" + source.getExtraDeclarations()
                    + "' are not represented");
        }
        if (source.getColumns().stream().anyMatch(c -> c instanceof AggregateColumn)) {
            context.warnings().add(subject, "a structured (aggregate) column may carry CHECKs on its JSON"
                    + " structure in Hibernate's own export; those are not represented");
        }
    }
}
