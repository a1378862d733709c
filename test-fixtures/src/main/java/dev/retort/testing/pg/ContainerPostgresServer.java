package dev.retort.testing.pg;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A PostgreSQL server in a Docker container, started through Testcontainers. */
final class ContainerPostgresServer implements PostgresServer {

    private final int majorVersion;
    private final PostgreSQLContainer container;

    private ContainerPostgresServer(int majorVersion, PostgreSQLContainer container) {
        this.majorVersion = majorVersion;
        this.container = container;
    }

    /** Whether a Docker engine answers; Testcontainers probes every known socket and environment setting. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerPostgresServer start(int majorVersion) {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + majorVersion);
        container.start();
        return new ContainerPostgresServer(majorVersion, container);
    }

    @Override
    public String description() {
        return "PostgreSQL " + majorVersion + " in a container";
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String maintenanceDatabase() {
        return container.getDatabaseName();
    }

    @Override
    public void close() {
        container.stop();
    }
}
