package dev.retort.migration.runner;

import dev.retort.migration.history.HistoryTable;
import dev.retort.model.QualifiedName;
import java.time.Duration;
import java.util.Objects;

/**
 * How the runner works: the history table, the {@code lock_timeout} set on every migration's DDL, whether every
 * blocking hazard counts as accepted ({@code --accept-hazards}), and the server major version assumed by
 * offline SQL, which has no server to ask.
 */
public record RunnerSettings(HistoryTable historyTable, Duration lockTimeout, boolean acceptHazards,
                             int offlineServerMajorVersion) {

    /** The default {@code lock_timeout}: long enough for a brief lock, short enough not to stall traffic. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    /** The major version offline SQL assumes (the embedded server's default, CONTRACT.md section 1). */
    public static final int DEFAULT_OFFLINE_SERVER_VERSION = 17;

    public RunnerSettings {
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative");
        }
    }

    /** {@code public.retort_history}, a 5 s lock timeout, hazards gated. */
    public static RunnerSettings defaults() {
        return forSchema("public");
    }

    /** The defaults, with the history table in the given (first managed) schema. */
    public static RunnerSettings forSchema(String schema) {
        return new RunnerSettings(new HistoryTable(QualifiedName.of(schema, HistoryTable.DEFAULT_NAME)),
                DEFAULT_LOCK_TIMEOUT, false, DEFAULT_OFFLINE_SERVER_VERSION);
    }

    public RunnerSettings withHistoryTable(QualifiedName table) {
        return new RunnerSettings(new HistoryTable(table), lockTimeout, acceptHazards, offlineServerMajorVersion);
    }

    public RunnerSettings withLockTimeout(Duration timeout) {
        return new RunnerSettings(historyTable, timeout, acceptHazards, offlineServerMajorVersion);
    }

    public RunnerSettings withAcceptHazards(boolean accept) {
        return new RunnerSettings(historyTable, lockTimeout, accept, offlineServerMajorVersion);
    }

    public RunnerSettings withOfflineServerMajorVersion(int version) {
        return new RunnerSettings(historyTable, lockTimeout, acceptHazards, version);
    }

    /** The timeout as a PostgreSQL setting value: whole seconds as {@code 5s}, else milliseconds. */
    String lockTimeoutSetting() {
        long millis = lockTimeout.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
