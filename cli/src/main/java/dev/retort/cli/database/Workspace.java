package dev.retort.cli.database;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.embedded.EmbeddedServer;
import dev.retort.cli.embedded.EmbeddedServers;
import dev.retort.cli.embedded.EmbeddedServers.PendingServer;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.output.Progress;
import dev.retort.introspect.CatalogIntrospector;
import dev.retort.introspect.TableStatsReader;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.plan.PlanContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The databases of one command: the live target (when {@code url} is set) or the embedded shadow database
 * (when it is not), and the scratch database the comparator normalises in, which is always on an embedded
 * server of the target's major version. Everything it opened is closed, and every server stopped, on close.
 */
public final class Workspace implements AutoCloseable {

    /** The database on the embedded server that migrations are replayed into. */
    static final String SHADOW_DATABASE = "retort_shadow";

    /** The database on the embedded server that stands for "nothing yet" when a first migration is planned. */
    static final String EMPTY_DATABASE = "retort_empty";

    private final Configuration configuration;
    private final MigrationSupport migrations;
    private final Progress progress;
    private final EmbeddedServers embedded;
    private final Optional<LiveDatabase> live;
    private final int majorVersion;
    private final List<Connection> opened = new ArrayList<>();
    private PendingServer server;
    private CurrentSchema emptySchema;

    private Workspace(Configuration configuration, MigrationSupport migrations, Progress progress,
                      Optional<LiveDatabase> live, int majorVersion) {
        this.configuration = configuration;
        this.migrations = migrations;
        this.progress = progress;
        this.embedded = new EmbeddedServers(progress);
        this.live = live;
        this.majorVersion = majorVersion;
    }

    /**
     * Connects to the target database, or starts the embedded one. With a live target, the embedded server
     * for the scratch database starts now (in the background) when {@code scratchEarly}, else on first use.
     */
    public static Workspace open(Configuration configuration, MigrationSupport migrations, Progress progress,
                                 boolean scratchEarly) {
        return open(PendingConnection.now(configuration), configuration, migrations, progress, scratchEarly);
    }

    /** Opens like {@link #open(Configuration, MigrationSupport, Progress, boolean)}, taking a pending connection. */
    public static Workspace open(PendingConnection connection, Configuration configuration,
                                 MigrationSupport migrations, Progress progress, boolean scratchEarly) {
        Optional<LiveDatabase> live = connection.take();
        if (live.isEmpty()) {
            Workspace workspace = new Workspace(configuration, migrations, progress, Optional.empty(),
                    configuration.embeddedVersion());
            workspace.startServer();
            return workspace;
        }
        LiveDatabase database = live.get();
        int major = database.majorVersion();
        if (major < Configuration.OLDEST_EMBEDDED || major > Configuration.NEWEST_EMBEDDED) {
            database.close();
            throw CliFailure.usage(database.url().display() + " runs PostgreSQL " + major + "; Retort supports "
                    + Configuration.OLDEST_EMBEDDED + " to " + Configuration.NEWEST_EMBEDDED);
        }
        Workspace workspace = new Workspace(configuration, migrations, progress, Optional.of(database), major);
        if (scratchEarly) {
            workspace.startServer();
        }
        return workspace;
    }

    /** The major version of the target: the live server's, or the embedded one's. */
    public int majorVersion() {
        return majorVersion;
    }

    /** The live target database, absent when the shadow database stands in for it. */
    public Optional<LiveDatabase> live() {
        return live;
    }

    /** The schema the entities are compared with: the live database, or the migrations replayed in the shadow. */
    public CurrentSchema current() throws SQLException {
        return current(progress);
    }

    /** Reads the current schema like {@link #current()}, writing its progress lines to {@code progress}. */
    public CurrentSchema current(Progress progress) throws SQLException {
        List<String> schemas = configuration.schemas();
        if (live.isPresent()) {
            Connection connection = live.get().connection();
            progress.step("reading " + live.get().url().display());
            SchemaModel model = withoutHistory(new CatalogIntrospector().introspect(connection, schemas));
            PlanContext context = new PlanContext(majorVersion, TableStatsReader.read(connection, schemas));
            return new CurrentSchema(model, context, migrations.currentRevision(connection, configuration),
                    live.get().url().display());
        }
        EmbeddedServer shadowServer = startServer().await();
        Connection shadow = track(shadowServer.createDatabase(SHADOW_DATABASE));
        Optional<String> revision = replay(shadow, progress);
        SchemaModel model = withoutHistory(new CatalogIntrospector().introspect(shadow, schemas));
        return new CurrentSchema(model, PlanContext.withoutStatistics(majorVersion), revision,
                shadowServer.description() + " (shadow database)");
    }

    /**
     * A fresh database of the target's major version, read as the current schema of a first migration. Why a
     * real one: it says exactly which managed schemas exist before anything runs ({@code public} does, others
     * do not), so a plan from it creates what it must and nothing more. Read once; later calls return the same.
     */
    public CurrentSchema empty() throws SQLException {
        if (emptySchema != null) {
            return emptySchema;
        }
        EmbeddedServer emptyServer = startServer().await();
        Connection empty = track(emptyServer.createDatabase(EMPTY_DATABASE));
        SchemaModel model = new CatalogIntrospector().introspect(empty, configuration.schemas());
        emptySchema = new CurrentSchema(model, PlanContext.withoutStatistics(majorVersion), Optional.empty(),
                emptyServer.description() + " (empty database)");
        return emptySchema;
    }

    /**
     * The model without Retort's history table. Why: it is Retort's bookkeeping, not part of the entity schema,
     * and left in, every comparison would propose dropping it.
     */
    private SchemaModel withoutHistory(SchemaModel model) {
        QualifiedName history = QualifiedName.of(configuration.schemas().get(0), configuration.versionTable());
        return model.withTables(model.tables().stream().filter(t -> !t.name().equals(history)).toList());
    }

    /** The seam where migrations are replayed into the shadow database (the runtime plugs in here). */
    private Optional<String> replay(Connection shadow, Progress progress) throws SQLException {
        if (!hasMigrationSources(configuration.migrationsDir())) {
            return Optional.empty();
        }
        if (!migrations.replays()) {
            progress.warn("the migrations in " + configuration.migrationsDir() + " are not replayed; "
                    + "the shadow database starts empty");
            return Optional.empty();
        }
        progress.step("replaying the migrations of " + configuration.migrationsDir() + " into the shadow database");
        return migrations.replayToHead(shadow, configuration);
    }

    /** An empty database of the target's major version that the comparator may build in and roll back. */
    public Connection scratch() throws SQLException {
        return track(startServer().await().connect(EmbeddedServer.MAINTENANCE_DATABASE));
    }

    private PendingServer startServer() {
        if (server == null) {
            server = embedded.start(majorVersion);
        }
        return server;
    }

    private Connection track(Connection connection) {
        opened.add(connection);
        return connection;
    }

    private static boolean hasMigrationSources(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        opened.forEach(LiveDatabase::closeQuietly);
        live.ifPresent(LiveDatabase::close);
        embedded.close();
    }

    /**
     * Closes like {@link #close()}, on a thread of its own; closing the returned handle waits for it. Why: a
     * command that is done with its databases can write its result while the embedded server stops, which takes
     * a tenth of a second or more. The servers' shutdown hook stays registered until they are stopped.
     */
    public Closing closeInBackground() {
        CompletableFuture<Void> done = CompletableFuture.runAsync(this::close, runnable -> {
            Thread thread = new Thread(runnable, "retort-workspace-close");
            thread.setDaemon(true);
            thread.start();
        });
        return new Closing(done);
    }

    /** A workspace closing in the background; {@link #close()} waits until it is closed. */
    public static final class Closing implements AutoCloseable {

        private final CompletableFuture<Void> done;

        private Closing(CompletableFuture<Void> done) {
            this.done = done;
        }

        /** A handle with nothing to wait for. */
        public static Closing none() {
            return new Closing(CompletableFuture.completedFuture(null));
        }

        @Override
        public void close() {
            done.join();
        }
    }
}
