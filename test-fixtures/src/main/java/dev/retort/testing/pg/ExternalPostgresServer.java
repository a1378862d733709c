package dev.retort.testing.pg;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A server the developer runs, named by {@code RETORT_TEST_PG_URL}
 * ({@code postgresql://user:password@host:port/database} or the same with a {@code jdbc:} prefix).
 * Tests create and drop their own databases on it; the named database is only used to do so.
 */
final class ExternalPostgresServer implements PostgresServer {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String database;

    private ExternalPostgresServer(String host, int port, String user, String password, String database) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.database = database;
    }

    static ExternalPostgresServer fromUrl(String url) {
        String plain = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        URI uri = URI.create(plain);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "RETORT_TEST_PG_URL must look like postgresql://user:password@host:port/database");
        }
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new ExternalPostgresServer(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, path.isEmpty() ? "postgres" : path);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String description() {
        return "external PostgreSQL at " + host + ":" + port;
    }

    @Override
    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String maintenanceDatabase() {
        return database;
    }

    @Override
    public void close() {
        // The developer owns this server; tests only drop the databases they created.
    }
}
