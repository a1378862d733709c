package dev.retort.hazard;

/** The hazard flags of HAZARDS.md; names are stable and appear verbatim in JSON and in migration sources. */
public enum Hazard {
    DATA_LOSS,
    BREAKS_RUNNING_APP,
    SILENT_DATA_CHANGE,
    NEEDS_HUMAN_INPUT,
    BLOCKS_READS_WRITES,
    BLOCKS_WRITES,
    TABLE_REWRITE,
    MAY_FAIL_ON_DATA,
    WEAKENS_INTEGRITY,
    NON_TRANSACTIONAL,
    IRREVERSIBLE,
    UNTRACKED_DEPENDENCIES,
    PERFORMANCE_IMPACT,
    LOCK_QUEUE_RISK;

    /**
     * Whether this flag stops {@code upgrade} unless accepted (CONTRACT.md section 6): always for data loss,
     * human input and silent data changes; for failures on data, rewrites and long locks only when the table
     * holds rows (or its size is unknown).
     */
    public boolean blocks(boolean tableMayHaveRows) {
        return switch (this) {
            case DATA_LOSS, NEEDS_HUMAN_INPUT, SILENT_DATA_CHANGE -> true;
            case MAY_FAIL_ON_DATA, TABLE_REWRITE, BLOCKS_READS_WRITES -> tableMayHaveRows;
            default -> false;
        };
    }
}
