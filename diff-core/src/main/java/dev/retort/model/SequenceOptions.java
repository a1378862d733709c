package dev.retort.model;

/**
 * The options of a sequence, standalone or behind an identity column: its data type ({@code smallint},
 * {@code integer} or {@code bigint}), start, increment, bounds, cache and cycle.
 */
public record SequenceOptions(String dataType, long start, long increment, long minValue, long maxValue, long cache,
                              boolean cycle) {

    public SequenceOptions {
        Canonical.name(dataType, "sequence data type");
        if (!dataType.equals("smallint") && !dataType.equals("integer") && !dataType.equals("bigint")) {
            throw new IllegalArgumentException("sequence data type must be smallint, integer or bigint, not " + dataType);
        }
        if (increment == 0) {
            throw new IllegalArgumentException("sequence increment must not be zero");
        }
        if (minValue > maxValue) {
            throw new IllegalArgumentException("sequence minimum " + minValue + " is above its maximum " + maxValue);
        }
        if (start < minValue || start > maxValue) {
            throw new IllegalArgumentException("sequence start " + start + " is outside " + minValue + ".." + maxValue);
        }
        if (cache < 1) {
            throw new IllegalArgumentException("sequence cache must be at least 1, not " + cache);
        }
    }

    /**
     * The options PostgreSQL gives a sequence of this type and increment when none are written: an ascending
     * sequence runs from 1 to the type's maximum and starts at 1; a descending one runs from the type's minimum
     * to -1 and starts at -1 (CREATE SEQUENCE documentation).
     */
    public static SequenceOptions defaults(String dataType, long increment) {
        long typeMax = typeMaximum(dataType);
        if (increment > 0) {
            return new SequenceOptions(dataType, 1, increment, 1, typeMax, 1, false);
        }
        return new SequenceOptions(dataType, -1, increment, -typeMax - 1, -1, 1, false);
    }

    public SequenceOptions withStart(long newStart) {
        return new SequenceOptions(dataType, newStart, increment, minValue, maxValue, cache, cycle);
    }

    public SequenceOptions withCache(long newCache) {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, newCache, cycle);
    }

    public SequenceOptions withBounds(long newMin, long newMax) {
        return new SequenceOptions(dataType, start, increment, newMin, newMax, cache, cycle);
    }

    public SequenceOptions withCycle(boolean newCycle) {
        return new SequenceOptions(dataType, start, increment, minValue, maxValue, cache, newCycle);
    }

    /** The largest value of a sequence data type. */
    public static long typeMaximum(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            case "bigint" -> Long.MAX_VALUE;
            default -> throw new IllegalArgumentException("not a sequence data type: " + dataType);
        };
    }
}
