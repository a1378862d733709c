package dev.retort.scan.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spells a column's DDL type: built-in types as format_type prints them, Hibernate's named enum types
 * schema-qualified; any other type is kept as written, with a warning, because its spelling cannot be known
 * without the database.
 */
final class ColumnTypes {

    /** {@code serial} pseudo-types and the integer type of the column and sequence they create. */
    static final Map<String, String> SERIALS = Map.of("smallserial", "smallint", "serial2", "smallint",
            "serial", "integer", "serial4", "integer", "bigserial", "bigint", "serial8", "bigint");

    private ColumnTypes() {
    }

    /** The integer type behind a serial pseudo-type, if the DDL type is one. */
    static Optional<String> serialType(String ddlType) {
        return Optional.ofNullable(SERIALS.get(ddlType.trim().toLowerCase(Locale.ROOT)));
    }

    static String spell(String ddlType, String subject, MappingContext context) {
        Optional<String> builtIn = TypeSpelling.builtIn(ddlType);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        String element = TypeSpelling.elementType(ddlType);
        String suffix = element.equals(ddlType.trim()) ? "" : "[]";
        Optional<String> enumType = context.enumTypes().spell(element, context.defaultSchema());
        if (enumType.isPresent()) {
            return enumType.get() + suffix;
        }
        context.warnings().add(subject, "type '" + ddlType.trim() + "' is not a built-in type Retort can spell as"
                + " PostgreSQL does; it is kept as written");
        return ddlType.trim();
    }
}
