package dev.retort.scan.mapping;

import dev.retort.model.EnumType;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

/**
 * Reads the auxiliary database objects Hibernate registers: a named enum is only known to Hibernate's metadata
 * as the {@code create type ... as enum (...)} command its PostgreSQL dialect writes, so the type's name and
 * labels are read from that command; anything else auxiliary is reported as not represented.
 */
final class EnumTypeReader {

    private static final Pattern CREATE_ENUM =
            Pattern.compile("(?is)create\\s+type\\s+(.+?)\\s+as\\s+enum\\s*\\((.*)\\)\\s*;?\\s*");
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    private EnumTypeReader() {
    }

    static EnumTypes read(MappingContext context) {
        var database = context.metadata().getDatabase();
        SqlStringGenerationContext sql = SqlStringGenerationContextImpl.fromExplicit(database.getJdbcEnvironment(),
                database, null, null);
        List<EnumType> types = new ArrayList<>();
        for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
            if (object.appliesToDialect(context.dialect())) {
                for (String command : object.sqlCreateStrings(sql)) {
                    read(command, object.getExportIdentifier(), context, types);
                }
            }
        }
        return EnumTypes.of(types);
    }

    private static void read(String command, String identifier, MappingContext context, List<EnumType> types) {
        Matcher create = CREATE_ENUM.matcher(command);
        String lower = command.trim().toLowerCase(Locale.ROOT);
        if (create.matches()) {
            types.add(enumType(create.group(1), create.group(2), context));
        } else if (lower.startsWith("create cast")) {
            // Why: Hibernate adds implicit varchar casts so that JDBC string binds compare with the enum type.
            context.warnings().add("type " + identifier, "Hibernate's own export also creates implicit casts"
                    + " between varchar and this enum type; Retort does not manage casts");
        } else {
            context.warnings().add("database object " + identifier,
                    "this auxiliary database object is not represented in the schema model: " + command);
        }
    }

    private static EnumType enumType(String typeName, String labelList, MappingContext context) {
        List<String> parts = EnumTypes.splitQualified(typeName.trim());
        if (parts.isEmpty()) {
            parts = List.of(typeName.trim());
        }
        String schema = parts.size() == 2 ? PgIdentifiers.fold(parts.get(0)) : context.defaultSchema();
        QualifiedName name = QualifiedName.of(schema, PgIdentifiers.fold(parts.get(parts.size() - 1)));
        List<String> labels = new ArrayList<>();
        Matcher label = LABEL.matcher(labelList);
        while (label.find()) {
            labels.add(label.group(1).replace("''", "'"));
        }
        return new EnumType(name, labels);
    }
}
