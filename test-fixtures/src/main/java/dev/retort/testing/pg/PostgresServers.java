package dev.retort.testing.pg;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers of one test JVM, one per major version, started on first use and stopped when the JVM exits,
 * so that a whole test run pays each server's start-up once.
 */
public final class PostgresServers {

    private static final Map<Integer, PostgresServer> SERVERS = new ConcurrentHashMap<>();
    private static volatile PostgresServer external;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresServers::closeAll, "retort-test-postgres-shutdown"));
    }

    private PostgresServers() {
    }

    /**
     * The server for the given major version. With {@code RETORT_TEST_PG_URL} set, the external server is
     * returned whatever version was asked for; tests read the actual version from the database.
     */
    public static PostgresServer forVersion(int majorVersion) {
        var url = PostgresTestSettings.externalUrl();
        if (url.isPresent()) {
            return externalServer(url.get());
        }
        return SERVERS.computeIfAbsent(majorVersion, PostgresServers::start);
    }

    private static synchronized PostgresServer externalServer(String url) {
        if (external == null) {
            external = ExternalPostgresServer.fromUrl(url);
        }
        return external;
    }

    private static PostgresServer start(int majorVersion) {
        if (PostgresTestSettings.containersRequested()) {
            if (ContainerPostgresServer.dockerAvailable()) {
                return ContainerPostgresServer.start(majorVersion);
            }
            System.err.println("[retort-test] -Dretort.test.pg=docker asked for containers, but no Docker engine "
                    + "answers; using the embedded PostgreSQL " + majorVersion + " instead");
        }
        return EmbeddedPostgresServer.start(majorVersion);
    }

    private static void closeAll() {
        SERVERS.values().forEach(server -> {
            try {
                server.close();
            } catch (RuntimeException e) {
                System.err.println("[retort-test] could not stop " + server.description() + ": " + e.getMessage());
            }
        });
    }
}
