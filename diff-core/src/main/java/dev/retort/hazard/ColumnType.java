package dev.retort.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A column type as {@code format_type} spells it, parsed far enough to compare two of them: the type name without
 * its modifiers ({@code timestamp(3) with time zone} has the name {@code timestamp with time zone} and the
 * modifier 3), whether it is an array, and whether it is a user type (schema-qualified under an empty
 * search_path, so it contains a dot outside double quotes; built-in types never do).
 */
record ColumnType(String name, List<Integer> modifiers, boolean array, boolean userDefined) {

    /** The type families whose members can change into each other, and how. */
    enum Family {
        INTEGER,
        NUMERIC,
        FLOAT,
        STRING,
        CHAR,
        BIT,
        VARBIT,
        TIMESTAMP,
        TIMESTAMPTZ,
        TIME,
        TIMETZ,
        INTERVAL,
        DATE,
        JSON,
        JSONB,
        CIDR,
        INET,
        USER,
        OTHER
    }

    /** Why 6: a timestamp, time or interval without a precision keeps microseconds, as precision 6 does. */
    static final int DEFAULT_TIME_PRECISION = 6;

    private static final Map<String, Family> FAMILIES = Map.ofEntries(
            Map.entry("smallint", Family.INTEGER), Map.entry("integer", Family.INTEGER),
            Map.entry("bigint", Family.INTEGER), Map.entry("numeric", Family.NUMERIC),
            Map.entry("real", Family.FLOAT), Map.entry("double precision", Family.FLOAT),
            Map.entry("text", Family.STRING), Map.entry("character varying", Family.STRING),
            Map.entry("character", Family.CHAR), Map.entry("bpchar", Family.CHAR), Map.entry("bit", Family.BIT),
            Map.entry("bit varying", Family.VARBIT),
            Map.entry("timestamp without time zone", Family.TIMESTAMP),
            Map.entry("timestamp with time zone", Family.TIMESTAMPTZ),
            Map.entry("time without time zone", Family.TIME), Map.entry("time with time zone", Family.TIMETZ),
            Map.entry("date", Family.DATE), Map.entry("json", Family.JSON), Map.entry("jsonb", Family.JSONB),
            Map.entry("cidr", Family.CIDR), Map.entry("inet", Family.INET));
    private static final List<String> RANKS = List.of("smallint", "integer", "bigint", "real", "double precision");
    /** Decimal digits of the largest smallint, integer and bigint, for integer to numeric(p,s). */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);

    ColumnType {
        modifiers = List.copyOf(modifiers);
    }

    /** Parses {@code format_type} output such as {@code character varying(20)[]} or {@code sales."Mood"}. */
    static ColumnType parse(String formatted) {
        String text = formatted.strip();
        boolean array = false;
        while (text.endsWith("[]")) {
            array = true;
            text = text.substring(0, text.length() - 2).strip();
        }
        if (hasDotOutsideQuotes(text)) {
            return new ColumnType(text, List.of(), array, true);
        }
        int open = text.indexOf('(');
        int close = text.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return new ColumnType(text, List.of(), array, false);
        }
        List<Integer> modifiers = new ArrayList<>();
        for (String part : text.substring(open + 1, close).split(",")) {
            modifiers.add(Integer.parseInt(part.strip()));
        }
        String name = (text.substring(0, open) + " " + text.substring(close + 1)).strip().replaceAll("\\s+", " ");
        return new ColumnType(name, modifiers, array, false);
    }

    Family family() {
        if (userDefined) {
            return Family.USER;
        }
        if (name.startsWith("interval")) {
            return Family.INTERVAL;
        }
        return FAMILIES.getOrDefault(name, Family.OTHER);
    }

    /** The position of an integer or floating-point type in widening order. */
    int rank() {
        return RANKS.indexOf(name);
    }

    /** Decimal digits an integer type needs. */
    int integerDigits() {
        return INTEGER_DIGITS.get(name);
    }

    /** The length limit of a string, char or bit type; empty when unbounded ({@code text}, {@code varchar}). */
    OptionalInt length() {
        return modifiers.isEmpty() ? OptionalInt.empty() : OptionalInt.of(modifiers.get(0));
    }

    /** The fractional-second precision of a timestamp, time or interval type. */
    int timePrecision() {
        return modifiers.isEmpty() ? DEFAULT_TIME_PRECISION : modifiers.get(0);
    }

    /** The same type without its array marker. */
    ColumnType element() {
        return new ColumnType(name, modifiers, false, userDefined);
    }

    private static boolean hasDotOutsideQuotes(String text) {
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
