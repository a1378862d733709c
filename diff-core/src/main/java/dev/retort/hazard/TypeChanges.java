package dev.retort.hazard;

import static dev.retort.hazard.TypeChangeKind.CONVERSION;
import static dev.retort.hazard.TypeChangeKind.INCOMPATIBLE;
import static dev.retort.hazard.TypeChangeKind.NARROWING;
import static dev.retort.hazard.TypeChangeKind.NO_REWRITE;
import static dev.retort.hazard.TypeChangeKind.REWRITE;
import static dev.retort.hazard.TypeChangeKind.REWRITE_NORMALIZES;
import static dev.retort.hazard.TypeChangeKind.REWRITE_TIME_ZONE;

import dev.retort.hazard.ColumnType.Family;
import java.util.OptionalInt;

/**
 * Classifies a column type change from the two types as {@code format_type} spells them, following the
 * no-rewrite table of HAZARDS.md. Facts checked on PostgreSQL 14 and 18 ({@code TableRewriteIT}).
 */
final class TypeChanges {

    private TypeChanges() {
    }

    static TypeChangeKind classify(String fromType, String toType) {
        ColumnType from = ColumnType.parse(fromType);
        ColumnType to = ColumnType.parse(toType);
        if (from.array() != to.array()) {
            return INCOMPATIBLE;
        }
        TypeChangeKind kind = scalar(from.element(), to.element());
        // Why: an array's elements are converted by an array coercion, which PostgreSQL always executes row by
        // row, even when the element change alone (varchar(10) to varchar(20)) is binary coercible.
        if (from.array() && kind == NO_REWRITE && !from.equals(to)) {
            return REWRITE;
        }
        return kind;
    }

    private static TypeChangeKind scalar(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return NO_REWRITE;
        }
        Family family = from.family();
        if (family == to.family() && family != Family.USER && family != Family.OTHER) {
            return sameFamily(family, from, to);
        }
        return acrossFamilies(from, to);
    }

    private static TypeChangeKind sameFamily(Family family, ColumnType from, ColumnType to) {
        return switch (family) {
            case INTEGER, FLOAT -> to.rank() > from.rank() ? REWRITE : NARROWING;
            case NUMERIC -> numeric(from, to);
            case STRING, VARBIT -> atLeast(to.length(), from.length()) ? NO_REWRITE : NARROWING;
            case CHAR -> atLeast(to.length(), from.length()) ? REWRITE : NARROWING;
            case TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ -> to.timePrecision() >= from.timePrecision()
                    ? NO_REWRITE : NARROWING;
            case INTERVAL -> interval(from, to);
            default -> NARROWING;
        };
    }

    /**
     * numeric(p,s) to numeric(p',s) with p' >= p, or to unconstrained numeric, is binary coercible; a larger
     * scale with room for the same integer digits rewrites every value; anything else may round or overflow.
     */
    private static TypeChangeKind numeric(ColumnType from, ColumnType to) {
        if (to.modifiers().isEmpty()) {
            return NO_REWRITE;
        }
        if (from.modifiers().isEmpty()) {
            return NARROWING;
        }
        int fromScale = scale(from);
        int toScale = scale(to);
        int fromDigits = from.modifiers().get(0) - fromScale;
        int toDigits = to.modifiers().get(0) - toScale;
        if (toScale == fromScale && toDigits >= fromDigits) {
            return NO_REWRITE;
        }
        return toScale > fromScale && toDigits >= fromDigits ? REWRITE : NARROWING;
    }

    /** Why conservative: only a precision change, or dropping the field restriction, is known to be catalog-only. */
    private static TypeChangeKind interval(ColumnType from, ColumnType to) {
        boolean sameFieldsOrNone = to.name().equals("interval") || to.name().equals(from.name());
        return sameFieldsOrNone && to.timePrecision() >= from.timePrecision() ? NO_REWRITE : NARROWING;
    }

    private static TypeChangeKind acrossFamilies(ColumnType from, ColumnType to) {
        Family source = from.family();
        Family target = to.family();
        if (target == Family.STRING || target == Family.CHAR) {
            return intoStringType(from, to);
        }
        if (source == Family.CIDR && target == Family.INET) {
            return NO_REWRITE;
        }
        // Why: the inet-to-cidr cast zeroes the host bits, a silent change.
        if (source == Family.INET && target == Family.CIDR) {
            return NARROWING;
        }
        if (source == Family.JSON && target == Family.JSONB) {
            return REWRITE_NORMALIZES;
        }
        if (source == Family.JSONB && target == Family.JSON) {
            return REWRITE;
        }
        if (source == Family.INTEGER || source == Family.NUMERIC || source == Family.FLOAT) {
            return NumericConversions.classify(from, to);
        }
        return TemporalConversions.classify(from, to);
    }

    /**
     * Any type converts to a string type through its text output without USING (PostgreSQL treats I/O casts to
     * string types as assignment casts); a bounded target may not hold every value.
     */
    private static TypeChangeKind intoStringType(ColumnType from, ColumnType to) {
        Family source = from.family();
        if (source == Family.CHAR && to.family() == Family.STRING) {
            return atLeast(to.length(), from.length()) ? REWRITE : NARROWING;
        }
        if (source == Family.INTEGER && to.family() == Family.STRING && to.length().isPresent()) {
            // Why: an integer's text is at most its digits and a sign, so a long enough limit holds every value.
            return to.length().getAsInt() > from.integerDigits() ? CONVERSION : NARROWING;
        }
        if (source == Family.STRING || to.family() == Family.CHAR || to.length().isPresent()) {
            return NARROWING;
        }
        return CONVERSION;
    }

    private static int scale(ColumnType numeric) {
        return numeric.modifiers().size() > 1 ? numeric.modifiers().get(1) : 0;
    }

    /** Whether a length limit {@code to} admits every value of {@code from} (empty = unbounded). */
    private static boolean atLeast(OptionalInt to, OptionalInt from) {
        return to.isEmpty() || from.isPresent() && to.getAsInt() >= from.getAsInt();
    }

    /** Conversions between the integer, numeric and floating-point families. */
    private static final class NumericConversions {

        static TypeChangeKind classify(ColumnType from, ColumnType to) {
            Family source = from.family();
            return switch (to.family()) {
                case NUMERIC -> source == Family.INTEGER ? integerToNumeric(from, to)
                        : source == Family.FLOAT && to.modifiers().isEmpty() ? REWRITE : NARROWING;
                case FLOAT -> source == Family.INTEGER && exactInFloat(from, to) ? REWRITE : NARROWING;
                case INTEGER -> NARROWING;
                default -> INCOMPATIBLE;
            };
        }

        private static TypeChangeKind integerToNumeric(ColumnType from, ColumnType to) {
            if (to.modifiers().isEmpty()) {
                return REWRITE;
            }
            return to.modifiers().get(0) - scale(to) >= from.integerDigits() ? REWRITE : NARROWING;
        }

        /** smallint fits real and double precision exactly, integer only double precision, bigint neither. */
        private static boolean exactInFloat(ColumnType from, ColumnType to) {
            return from.name().equals("smallint") || from.name().equals("integer")
                    && to.name().equals("double precision");
        }
    }

    /** Conversions between date, timestamp and time types. */
    private static final class TemporalConversions {

        static TypeChangeKind classify(ColumnType from, ColumnType to) {
            Family source = from.family();
            Family target = to.family();
            if (source == Family.DATE && target == Family.TIMESTAMP) {
                return REWRITE;
            }
            if (source == Family.DATE && target == Family.TIMESTAMPTZ) {
                return REWRITE_TIME_ZONE;
            }
            boolean timestamps = isTimestamp(source) && isTimestamp(target);
            boolean times = source == Family.TIME && target == Family.TIMETZ;
            if (timestamps || times) {
                return to.timePrecision() >= from.timePrecision() ? REWRITE_TIME_ZONE : NARROWING;
            }
            boolean dropsPart = isTimestamp(source) && (target == Family.DATE || target == Family.TIME)
                    || source == Family.TIMETZ && target == Family.TIME;
            return dropsPart ? NARROWING : INCOMPATIBLE;
        }

        private static boolean isTimestamp(Family family) {
            return family == Family.TIMESTAMP || family == Family.TIMESTAMPTZ;
        }
    }
}
