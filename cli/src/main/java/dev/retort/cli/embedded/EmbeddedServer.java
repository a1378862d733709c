package dev.retort.cli.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A running embedded PostgreSQL server of one major version, owned by {@link EmbeddedServers}. */
public final class EmbeddedServer {

    /** The database every fresh cluster has; empty, so it serves as a scratch database. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    private static final String USER = "postgres";

    private final int majorVersion;
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedServer(int majorVersion, EmbeddedPostgres postgres, Path dataDirectory) {
        this.majorVersion = majorVersion;
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a fresh cluster in a new temporary data directory, from the cached template when there is one. */
    static EmbeddedServer start(int majorVersion) throws IOException {
        return start(majorVersion, ClusterTemplates.standard());
    }

    /**
     * Starts a fresh cluster: a copy of the template of {@code majorVersion} when {@code templates} has one, else
     * initdb (whose result then becomes the template).
     */
    static EmbeddedServer start(int majorVersion, ClusterTemplates templates) throws IOException {
        Path fromTemplate = DataDirectories.create();
        if (templates.copyInto(majorVersion, fromTemplate)) {
            try {
                return new EmbeddedServer(majorVersion, builder(majorVersion, fromTemplate).start(), fromTemplate);
            } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
                // A template that does not start (damaged in the cache) is no worse than none: initdb afresh,
                // and let that cluster replace it.
                DataDirectories.deleteQuietly(fromTemplate);
                templates.discard(majorVersion);
            }
        } else {
            DataDirectories.deleteQuietly(fromTemplate);
        }
        Path dataDirectory = DataDirectories.create();
        boolean started = false;
        try {
            EmbeddedPostgres postgres = builder(majorVersion, dataDirectory)
                    // Why here: Zonky calls it after initdb and before the postmaster starts, so the copy is a
                    // clean, stopped cluster.
                    .setDataDirectoryCustomizer(directory -> templates.save(majorVersion, directory.toPath()))
                    .start();
            started = true;
            return new EmbeddedServer(majorVersion, postgres, dataDirectory);
        } finally {
            // Why finally, not catch: Zonky reports missing binaries as an Error (ExceptionInInitializerError).
            if (!started) {
                DataDirectories.deleteQuietly(dataDirectory);
            }
        }
    }

    /**
     * Why not Zonky's own clean-up: with {@code cleanDataDirectory} set it runs initdb even over a copied
     * cluster (it skips initdb only when the flag is off and {@code postgresql.conf} exists), so {@link #stop}
     * removes the directory itself.
     */
    private static EmbeddedPostgres.Builder builder(int majorVersion, Path dataDirectory) {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(new EmbeddedBinaries(majorVersion))
                // Why off: durability is worthless for a shadow or scratch cluster that lives for one command,
                // and fsync dominates CREATE DATABASE and DDL time on slow disks.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                // Why: initdb's first WAL segment (16 MB by default) is most of a new cluster's size, and each
                // command copies the cluster template; Zonky passes every locale setting to initdb as --key=value.
                .setLocaleConfig("wal-segsize", "1")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Why: EmbeddedServers registers one hook that also waits for servers still starting.
                .setRegisterShutdownHook(false);
    }

    public int majorVersion() {
        return majorVersion;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The cluster's data directory, removed when the server stops. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** How output names this server. */
    public String description() {
        return "embedded PostgreSQL " + majorVersion;
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("ApplicationName", "retort");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Creates an empty database (from {@code template0}) and connects to it. */
    public Connection createDatabase(String name) throws SQLException {
        try (Connection maintenance = connect(MAINTENANCE_DATABASE);
             Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return connect(name);
    }

    /** Stops the server (Zonky's {@code pg_ctl stop -m fast}) and removes its data directory. */
    void stop() throws IOException {
        postgres.close();
        DataDirectories.delete(dataDirectory);
    }
}
