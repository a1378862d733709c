package dev.retort.cli.options;

import dev.retort.cli.config.Property;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose the target database (or the embedded one). */
public final class ConnectionOptions implements ConfigOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "JDBC URL of the target database (default: an embedded shadow database).")
    private String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user (default: the URL's, else postgres).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Database password (prefer RETORT_PASSWORD or PGPASSWORD).")
    private String password;

    @Option(names = "--embedded-version", paramLabel = "MAJOR",
            description = "PostgreSQL major version of the embedded database when no URL is set (default: 17).")
    private String embeddedVersion;

    @Override
    public void addTo(Map<Property, String> values) {
        ConfigOptions.put(values, Property.URL, url);
        ConfigOptions.put(values, Property.USER, user);
        ConfigOptions.put(values, Property.PASSWORD, password);
        ConfigOptions.put(values, Property.EMBEDDED_VERSION, embeddedVersion);
    }
}
