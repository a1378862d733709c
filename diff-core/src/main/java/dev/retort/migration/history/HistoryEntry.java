package dev.retort.migration.history;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the history table: a revision, the checksum of the source it was applied from (absent when the
 * applier had no source text), when and by whom, and whether it is complete or partly run.
 */
public record HistoryEntry(String revision, Optional<String> checksum, OffsetDateTime appliedAt, String appliedBy,
                           State state, int stepsDone) {

    /** Whether a revision is applied, or stopped part way through a migration with non-transactional steps. */
    public enum State {
        /** Applied completely. */
        APPLIED,
        /** The upgrade ran {@code stepsDone} steps and then failed; {@code upgrade} continues after them. */
        UPGRADING,
        /** The downgrade reverted {@code stepsDone} steps and then failed; {@code downgrade} continues. */
        DOWNGRADING;

        /** The value stored in the {@code state} column. */
        public String sqlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State ofSqlName(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public HistoryEntry {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(appliedBy, "appliedBy");
        Objects.requireNonNull(state, "state");
    }

    public boolean isPartial() {
        return state != State.APPLIED;
    }
}
