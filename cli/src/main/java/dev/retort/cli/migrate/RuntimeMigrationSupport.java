package dev.retort.cli.migrate;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.database.MigrationSupport;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.runner.MigrationRunner;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * The real {@link MigrationSupport}: compiles {@code migrations.dir}, replays it into the shadow database with
 * every hazard accepted (the shadow database is empty and disposable), and reads a live database's revision from
 * its history table.
 */
public final class RuntimeMigrationSupport implements MigrationSupport {

    private final Optional<RevisionGraph> loaded;

    /** A support that loads {@code migrations.dir} on each call. */
    public RuntimeMigrationSupport() {
        this(Optional.empty());
    }

    private RuntimeMigrationSupport(Optional<RevisionGraph> loaded) {
        this.loaded = loaded;
    }

    @Override
    public MigrationSupport reusing(RevisionGraph graph) {
        return new RuntimeMigrationSupport(Optional.of(graph));
    }

    @Override
    public Optional<String> replayToHead(Connection shadow, Configuration configuration) {
        if (loaded.isPresent()) {
            return replay(loaded.get(), shadow, configuration);
        }
        try (LoadedMigrations migrations = LoadedMigrations.load(configuration)) {
            return replay(migrations.graph(), shadow, configuration);
        }
    }

    private static Optional<String> replay(RevisionGraph graph, Connection shadow, Configuration configuration) {
        if (graph.revisions().isEmpty()) {
            return Optional.empty();
        }
        new MigrationRunner(graph, LoadedMigrations.settings(configuration, true)).upgrade(shadow, "heads");
        return joined(graph.heads());
    }

    @Override
    public Optional<String> currentRevision(Connection database, Configuration configuration) {
        if (loaded.isPresent()) {
            return currentRevision(loaded.get(), database, configuration);
        }
        try (LoadedMigrations migrations = LoadedMigrations.load(configuration)) {
            return currentRevision(migrations.graph(), database, configuration);
        }
    }

    private static Optional<String> currentRevision(RevisionGraph graph, Connection database,
                                                    Configuration configuration) {
        return joined(new MigrationRunner(graph, LoadedMigrations.settings(configuration, false)).status(database)
                .currentHeads());
    }

    @Override
    public boolean replays() {
        return true;
    }

    /** One revision as itself, several heads as a comma list, none as absent. */
    static Optional<String> joined(List<String> revisions) {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(String.join(",", revisions));
    }
}
