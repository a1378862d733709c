package dev.retort.scan.mapping;

import dev.retort.model.Column;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.scan.ScanException;
import dev.retort.sql.SqlIdentifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.mapping.Table;

/**
 * Maps one Hibernate column the way Hibernate's table exporter declares it ({@code ColumnDefinitions}): type or
 * verbatim {@code columnDefinition}, identity, collation, default, generation, nullability, UNIQUE and CHECKs.
 */
final class ColumnMapper {

    private final MappingContext context;
    private final Table table;
    private final QualifiedName tableName;
    private final NamespaceNames names;

    ColumnMapper(MappingContext context, Table table, QualifiedName tableName) {
        this.context = context;
        this.table = table;
        this.tableName = tableName;
        this.names = context.names(tableName.schema());
    }

    ColumnParts map(org.hibernate.mapping.Column source) {
        String name = MappingContext.columnName(source);
        String subject = "column " + tableName + "." + name;
        ColumnDefinition definition = definition(source, subject);
        Optional<String> serial = ColumnTypes.serialType(definition.type());
        Column column = Column.of(name, serial.orElseGet(() -> ColumnTypes.spell(definition.type(), subject, context)));
        column = withDefault(column, source, definition, subject);
        Optional<Sequence> serialSequence = Optional.empty();
        if (source.isIdentity()) {
            column = column.withIdentity(identity(name, column.type(), subject));
        } else if (serial.isPresent()) {
            Sequence sequence = serialSequence(name, serial.get());
            serialSequence = Optional.of(sequence);
            column = column.withDefault("nextval(" + SqlIdentifiers.literal(SqlIdentifiers.quote(sequence.name()))
                    + "::regclass)");
        }
        boolean notNull = definition.notNull() || !source.isNullable() || table.isPrimaryKey(source)
                || serial.isPresent() || source.isIdentity() || definition.primaryKey();
        column = withCollationAndComment(column.withNullable(!notNull && column.identity().isEmpty()), source,
                definition, subject);
        boolean unique = definition.unique() || (source.isUnique() && !table.isPrimaryKey(source));
        return new ColumnParts(column, checks(source, definition), unique, serialSequence);
    }

    /** The verbatim columnDefinition taken apart, or Hibernate's own DDL type with no clauses. */
    private ColumnDefinition definition(org.hibernate.mapping.Column source, String subject) {
        String written = source.getSqlType();
        ColumnDefinition definition = written == null
                ? new ColumnDefinition(source.getSqlType(context.metadata()), Optional.empty(), false, List.of(),
                Optional.empty(), false, false, Optional.empty(), List.of())
                : ColumnDefinitionParser.parse(written);
        definition.unsupported().forEach(clause -> context.warnings().add(subject,
                "columnDefinition clause '" + clause + "' is not represented in the schema model"));
        if (definition.primaryKey()) {
            context.warnings().add(subject, "columnDefinition declares a primary key, which Hibernate declares too");
        }
        return definition;
    }

    private Column withCollationAndComment(Column column, org.hibernate.mapping.Column source,
                                           ColumnDefinition definition, String subject) {
        Column result = column;
        if (source.getCollation() != null) {
            result = result.withCollation(QualifiedName.of("pg_catalog", PgIdentifiers.fold(source.getCollation())));
        } else if (definition.collation().isPresent()) {
            result = result.withCollation(QualifiedName.of("pg_catalog", definition.collation().get()));
        }
        if (source.getComment() != null) {
            result = result.withComment(source.getComment());
        }
        if (source.getOptions() != null && !source.getOptions().isBlank()) {
            context.warnings().add(subject, "column options '" + source.getOptions() + "' are not represented");
        }
        return result;
    }

    private Column withDefault(Column column, org.hibernate.mapping.Column source, ColumnDefinition definition,
                               String subject) {
        if (source.getGeneratedAs() != null) {
            return column.withGenerated(new GeneratedColumn(source.getGeneratedAs(), generatedKind()));
        }
        if (definition.generated().isPresent()) {
            return column.withGenerated(definition.generated().get());
        }
        if (definition.defaultExpression().isPresent() && source.getDefaultValue() != null) {
            context.warnings().add(subject, "both columnDefinition and @ColumnDefault declare a default;"
                    + " PostgreSQL rejects such a column");
        }
        Optional<String> expression = definition.defaultExpression().or(() -> Optional.ofNullable(source.getDefaultValue()));
        return column.withDefault(expression);
    }

    /**
     * Why: Hibernate's PostgreSQL dialect writes {@code stored} only before PostgreSQL 18, whose generated
     * columns are virtual by default; its own clause tells which kind the column gets.
     */
    private GeneratedKind generatedKind() {
        String clause = context.dialect().generatedAs("x").trim().toLowerCase(java.util.Locale.ROOT);
        return clause.endsWith("stored") ? GeneratedKind.STORED : GeneratedKind.VIRTUAL;
    }

    /** Why: PostgreSQL names an identity column's sequence like a serial one, {@code table_column_seq}. */
    private Identity identity(String column, String type, String subject) {
        if (!type.equals("smallint") && !type.equals("integer") && !type.equals("bigint")) {
            throw new ScanException(subject + " is an identity column of type " + type
                    + "; PostgreSQL allows identity only on smallint, integer or bigint");
        }
        String sequence = names.chooseRelationName(tableName.name(), column, "seq", false);
        names.claimRelation(sequence);
        return new Identity(IdentityGeneration.BY_DEFAULT, sequence, SequenceOptions.defaults(type, 1));
    }

    private Sequence serialSequence(String column, String type) {
        String sequence = names.chooseRelationName(tableName.name(), column, "seq", false);
        names.claimRelation(sequence);
        return Sequence.of(QualifiedName.of(tableName.schema(), sequence), SequenceOptions.defaults(type, 1))
                .ownedBy(tableName, column);
    }

    /**
     * The CHECKs declared with the column, in the order the exporter writes them: those inside a
     * {@code columnDefinition}, then Hibernate's anonymous checks joined by AND, then (only when there is no
     * anonymous one) the first named check; further named checks are table constraints.
     */
    private List<CheckSpec> checks(org.hibernate.mapping.Column source, ColumnDefinition definition) {
        List<CheckSpec> checks = new ArrayList<>(definition.checks());
        List<String> anonymous = new ArrayList<>();
        for (var check : source.getCheckConstraints()) {
            if (check.isAnonymous()) {
                anonymous.add(check.getConstraintInParens());
            }
        }
        if (!anonymous.isEmpty()) {
            checks.add(CheckSpec.anonymous(String.join(" and ", anonymous)));
        } else if (context.dialect().supportsNamedColumnCheck()) {
            source.getCheckConstraints().stream().filter(c -> c.isNamed()).findFirst()
                    .ifPresent(c -> checks.add(new CheckSpec(Optional.of(c.getName()), c.getConstraint())));
        }
        return checks;
    }
}
