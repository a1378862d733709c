package dev.retort.cli.database;

import dev.retort.cli.config.Configuration;
import dev.retort.migration.graph.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where the CLI meets the migration runtime: replaying the migrations of {@code migrations.dir} into the
 * shadow database, and reading the revision a live database is at. {@link #NONE} stands in until the runtime
 * is wired; it replays nothing and knows no revision.
 */
public interface MigrationSupport {

    /** Replays nothing and knows no revision. */
    MigrationSupport NONE = new MigrationSupport() {
        @Override
        public Optional<String> replayToHead(Connection shadow, Configuration configuration) {
            return Optional.empty();
        }

        @Override
        public Optional<String> currentRevision(Connection database, Configuration configuration) {
            return Optional.empty();
        }

        @Override
        public boolean replays() {
            return false;
        }
    };

    /**
     * Applies every migration of {@code migrations.dir} up to head to the (empty) shadow database.
     *
     * @return the head revision the shadow database is now at, absent when there are no migrations
     */
    Optional<String> replayToHead(Connection shadow, Configuration configuration) throws SQLException;

    /** The revision the database is at according to its history table, absent when it has none. */
    Optional<String> currentRevision(Connection database, Configuration configuration) throws SQLException;

    /** Whether {@link #replayToHead} applies migrations at all. */
    boolean replays();

    /**
     * This support, reading {@code graph} instead of loading {@code migrations.dir} again. For a command that has
     * loaded the migrations already and keeps their classes loadable until its workspace is closed. Why: loading
     * reads and hashes every source, megabytes for a large baseline, and a command should do that once.
     */
    default MigrationSupport reusing(RevisionGraph graph) {
        return this;
    }
}
