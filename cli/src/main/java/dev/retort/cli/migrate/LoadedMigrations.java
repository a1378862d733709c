package dev.retort.cli.migrate;

import dev.retort.cli.config.Configuration;
import dev.retort.codegen.compile.CompiledMigration;
import dev.retort.codegen.compile.CompiledMigrations;
import dev.retort.codegen.compile.MigrationCompileException;
import dev.retort.codegen.compile.MigrationCompiler;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.runner.RunnerSettings;
import dev.retort.model.QualifiedName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of {@code migrations.dir}, compiled (or found compiled in the cache) and loaded as a revision
 * graph, each with the checksum of its source text. Close it once the migration classes are no longer needed.
 */
public final class LoadedMigrations implements AutoCloseable {

    private final RevisionGraph graph;
    private final List<Path> sourceFiles;
    private final Optional<CompiledMigrations> compiled;

    private LoadedMigrations(RevisionGraph graph, List<Path> sourceFiles, Optional<CompiledMigrations> compiled) {
        this.graph = graph;
        this.sourceFiles = List.copyOf(sourceFiles);
        this.compiled = compiled;
    }

    /** Compiles and loads the configured migrations; a missing folder is a project without migrations. */
    public static LoadedMigrations load(Configuration configuration) {
        Path directory = configuration.migrationsDir();
        if (!Files.isDirectory(directory)) {
            return new LoadedMigrations(RevisionGraph.of(List.of()), List.of(), Optional.empty());
        }
        try {
            CompiledMigrations classes = MigrationCompiler.againstCurrentClassPath(cacheDir()).compile(directory);
            List<MigrationSource> sources = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (CompiledMigration migration : classes.migrations()) {
                sources.add(MigrationSource.ofClass(migration.type(), Optional.of(migration.checksum())));
                files.add(directory.resolve(migration.source()));
            }
            return new LoadedMigrations(RevisionGraph.of(sources), files, Optional.of(classes));
        } catch (MigrationCompileException e) {
            throw MigrationsDoNotCompile.failure(directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where compiled migrations are cached. Why the temp dir: the cache is keyed by source content, so losing it
     * only costs one compile, and a project directory stays free of build output.
     */
    static Path cacheDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "retort-" + System.getProperty("user.name", "user"),
                "migrations");
    }

    /** The runner settings of the configuration: the history table in the first managed schema. */
    public static RunnerSettings settings(Configuration configuration, boolean acceptHazards) {
        return RunnerSettings.defaults().withHistoryTable(historyTable(configuration))
                .withAcceptHazards(acceptHazards);
    }

    /** {@code version.table} in the first managed schema. */
    public static QualifiedName historyTable(Configuration configuration) {
        return QualifiedName.of(configuration.schemas().get(0), configuration.versionTable());
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** The source file of every migration class, in the order compiled. */
    public List<Path> sourceFiles() {
        return sourceFiles;
    }

    @Override
    public void close() {
        if (compiled.isPresent()) {
            try {
                compiled.get().close();
            } catch (IOException e) {
                // Closing a class loader only releases its jar handles; a failure leaves nothing to undo.
            }
        }
    }
}
