package dev.retort.hazard;

/**
 * The planner's estimate of a table's size, from {@code pg_class.reltuples} and {@code relpages}. Why an
 * estimate: counting rows would scan every table; {@code reltuples} is -1 for a table never vacuumed or
 * analyzed (PostgreSQL 14+), which counts as unknown.
 */
public record TableStats(long estimatedRows, long pages) {

    /** Nothing is known (a shadow database, or a table never analyzed): assume it may hold rows. */
    public static final TableStats UNKNOWN = new TableStats(-1, -1);

    public static TableStats empty() {
        return new TableStats(0, 0);
    }

    /** Whether the table may hold rows: true unless the estimate says it is empty. */
    public boolean mayHaveRows() {
        return estimatedRows != 0 || pages > 0;
    }
}
