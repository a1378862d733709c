package dev.retort.testing.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A throwaway PostgreSQL server started from the binaries shipped as Maven artifacts. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final int majorVersion;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(int majorVersion, EmbeddedPostgres postgres) {
        this.majorVersion = majorVersion;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(int majorVersion) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new PostgresBinaries(majorVersion))
                    // Why: durability is worthless for throwaway test clusters, and fsync dominates
                    // CREATE DATABASE and DDL time on slow disks.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            return new EmbeddedPostgresServer(majorVersion, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL " + majorVersion, e);
        }
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + majorVersion + " on port " + postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
