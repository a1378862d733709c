package dev.retort.scan.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells a DDL type (as Hibernate's dialect or a {@code columnDefinition} writes it) the way PostgreSQL's
 * {@code format_type} prints the resulting column type: {@code varchar(40)} is {@code character varying(40)},
 * {@code float(53)} is {@code double precision}, {@code timestamp(6)} is {@code timestamp(6) without time zone},
 * {@code integer array} is {@code integer[]}. Only built-in types are spelled here.
 */
final class TypeSpelling {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)\\s*(?:\\(\\s*([0-9]+)\\s*(?:,\\s*(-?[0-9]+)\\s*)?\\))?\\s*"
                    + "(with time zone|without time zone)?");

    private static final Pattern ARRAY_SUFFIX =
            Pattern.compile("(.*?)\\s*(?:\\[\\s*[0-9]*\\s*\\]|\\barray(?:\\s*\\[\\s*[0-9]*\\s*\\])?)");

    /** Type names PostgreSQL accepts under another name: the alias and the name format_type prints. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"));

    /** Built-in types whose name format_type prints unchanged and that take no modifier. */
    private static final Set<String> PLAIN = Set.of("text", "date", "bytea", "oid", "uuid", "json", "jsonb", "xml",
            "inet", "cidr", "macaddr", "macaddr8", "money", "tsvector", "tsquery", "point", "line", "lseg", "box",
            "path", "polygon", "circle", "pg_lsn", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "name", "regclass", "bpchar", "jsonpath");

    private TypeSpelling() {
    }

    /** The format_type spelling of a built-in DDL type, or empty when the type is not one this class knows. */
    static Optional<String> builtIn(String ddlType) {
        String type = ddlType.trim().replaceAll("\\s+", " ");
        if (type.contains("\"")) {
            return Optional.empty();
        }
        type = type.toLowerCase(Locale.ROOT);
        String element = elementType(type);
        if (!element.equals(type)) {
            // Why: format_type prints every array type with one pair of brackets, whatever its dimensions.
            return builtIn(element).map(spelled -> spelled + "[]");
        }
        if (type.startsWith("interval")) {
            // Why: format_type prints interval fields and precision as written (interval second(6)).
            return Optional.of(type.replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")"));
        }
        Matcher shape = SHAPE.matcher(type);
        if (!shape.matches()) {
            return Optional.empty();
        }
        String base = shape.group(1).trim();
        Integer first = shape.group(2) == null ? null : Integer.valueOf(shape.group(2));
        Integer second = shape.group(3) == null ? null : Integer.valueOf(shape.group(3));
        return spell(base, first, second, "with time zone".equals(shape.group(4)));
    }

    /** The type without any array suffix ({@code int[][]}, {@code integer array}); the type itself if none. */
    static String elementType(String type) {
        String element = type.trim();
        for (Matcher array = ARRAY_SUFFIX.matcher(element); array.matches(); array = ARRAY_SUFFIX.matcher(element)) {
            element = array.group(1).trim();
        }
        return element;
    }

    private static Optional<String> spell(String base, Integer first, Integer second, boolean withTimeZone) {
        String canonical = ALIASES.getOrDefault(base, base);
        switch (canonical) {
            case "varchar", "character varying":
                return Optional.of(first == null ? "character varying" : "character varying(" + first + ")");
            case "char", "character":
                return Optional.of("character(" + (first == null ? 1 : first) + ")");
            case "bit":
                return Optional.of("bit(" + (first == null ? 1 : first) + ")");
            case "bit varying":
                return Optional.of(first == null ? "bit varying" : "bit varying(" + first + ")");
            case "float":
                // Why: PostgreSQL reads float(1..24) as real and float(25..53) or plain float as double precision.
                return Optional.of(first != null && first <= 24 ? "real" : "double precision");
            case "numeric", "decimal":
                return Optional.of(first == null ? "numeric"
                        : "numeric(" + first + "," + (second == null ? 0 : second) + ")");
            case "timestamp", "time":
                return Optional.of(canonical + (first == null ? "" : "(" + first + ")")
                        + (withTimeZone ? " with time zone" : " without time zone"));
            case "timestamp with time zone", "time with time zone":
                return Optional.of(first == null ? canonical
                        : canonical.replace(" with", "(" + first + ") with"));
            default:
                break;
        }
        if (first != null) {
            return base.equals("bpchar") ? Optional.of("character(" + first + ")") : Optional.empty();
        }
        if (ALIASES.containsKey(base) || PLAIN.contains(canonical)) {
            return Optional.of(canonical);
        }
        return Optional.empty();
    }
}
