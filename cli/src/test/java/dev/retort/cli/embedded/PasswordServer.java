package dev.retort.cli.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server for tests that asks every user but {@code postgres} for a password (the test provider's
 * servers trust everyone), with a user {@code alice} whose password is {@code secret} and a database {@code shop}.
 */
public final class PasswordServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PasswordServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PasswordServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new EmbeddedBinaries(17))
                    .setDataDirectoryCustomizer(directory -> writeHba(directory.toPath().resolve("pg_hba.conf")))
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE alice LOGIN PASSWORD 'secret'");
                statement.execute("CREATE DATABASE shop OWNER alice");
            }
            return new PasswordServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // Why postgres is trusted: Zonky connects as postgres without a password to see that the server is up.
    private static void writeHba(java.nio.file.Path file) {
        try {
            Files.writeString(file, "host all postgres all trust\nhost all all all scram-sha-256\n"
                    + "local all all trust\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
