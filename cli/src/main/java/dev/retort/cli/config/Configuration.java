package dev.retort.cli.config;

import dev.retort.cli.failure.CliFailure;
import dev.retort.scan.NamingPreset;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The resolved configuration of one command: every property's value and origin, read through typed accessors
 * that validate on use, so that a command fails only on the settings it needs, with a message naming the
 * property and where its value came from.
 */
public final class Configuration {

    /** The PostgreSQL major versions whose binaries Retort bundles. */
    public static final int OLDEST_EMBEDDED = 14;
    public static final int NEWEST_EMBEDDED = 18;

    private static final String JAVA_IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern JAVA_PACKAGE = Pattern.compile(JAVA_IDENTIFIER + "(\\." + JAVA_IDENTIFIER + ")*");

    private final Map<Property, ConfigValue> values;
    private final Optional<PropertiesFile> file;
    private final List<String> warnings;

    Configuration(Map<Property, ConfigValue> values, Optional<PropertiesFile> file, List<String> warnings) {
        this.values = Map.copyOf(values);
        this.file = file;
        this.warnings = List.copyOf(warnings);
    }

    /** The value of a property with its origin, absent when neither set nor defaulted. */
    public Optional<ConfigValue> value(Property property) {
        return Optional.ofNullable(values.get(property));
    }

    /** The properties file that was read, if any. */
    public Optional<PropertiesFile> file() {
        return file;
    }

    /** Problems worth a warning that do not stop the command (unknown keys in the file). */
    public List<String> warnings() {
        return warnings;
    }

    /** The target database, absent when the embedded shadow database stands in for it. */
    public Optional<DatabaseUrl> url() {
        return value(Property.URL).map(DatabaseUrl::parse);
    }

    /** The database user: configured, else the URL's, else {@code postgres}. */
    public String user() {
        return value(Property.USER).map(ConfigValue::value)
                .or(() -> url().flatMap(DatabaseUrl::user))
                .orElse("postgres");
    }

    /** The database password: configured, else the URL's, else none. */
    public Optional<String> password() {
        return value(Property.PASSWORD).map(ConfigValue::value).or(() -> url().flatMap(DatabaseUrl::password));
    }

    /** The managed schemas, the first receiving unqualified names. */
    public List<String> schemas() {
        List<String> schemas = commaList(Property.SCHEMAS);
        if (schemas.isEmpty()) {
            throw invalid(Property.SCHEMAS, "names no schema", "write a comma list such as public,sales");
        }
        return schemas;
    }

    /** The entity class path; required, and every entry must exist. */
    public List<Path> classpath() {
        ConfigValue value = value(Property.CLASSPATH).orElseThrow(() -> CliFailure.usage(
                "entities.classpath is not set: pass --classpath DIR, set RETORT_CLASSPATH, or add "
                        + "entities.classpath=DIR to retort.properties (the compiled entity classes, "
                        + "e.g. target/classes); 'retort init' writes a retort.properties to start from"));
        List<Path> entries = new ArrayList<>();
        for (String entry : value.value().split(Pattern.quote(File.pathSeparator))) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = value.baseDirectory().resolve(entry.strip()).normalize();
            if (!Files.exists(path)) {
                throw invalid(Property.CLASSPATH, "names " + path + ", which does not exist",
                        "point it at the compiled entity classes (e.g. target/classes) or their jar");
            }
            if (!Files.isReadable(path)) {
                throw invalid(Property.CLASSPATH, "names " + path + ", which cannot be read", "check its permissions");
            }
            requireJarOrDirectory(path);
            entries.add(path);
        }
        if (entries.isEmpty()) {
            throw invalid(Property.CLASSPATH, "is empty", "name the compiled entity classes (e.g. target/classes)");
        }
        return entries;
    }

    private void requireJarOrDirectory(Path path) {
        if (Files.isDirectory(path)) {
            return;
        }
        try (ZipFile jar = new ZipFile(path.toFile())) {
            jar.size();
        } catch (IOException e) {
            throw invalid(Property.CLASSPATH, "names " + path + ", which is neither a directory nor a readable jar ("
                    + e.getMessage() + ")", "name directories of compiled classes and jar files");
        }
    }

    /** The packages to scan; empty: every package. */
    public List<String> packages() {
        return commaList(Property.PACKAGES);
    }

    public NamingPreset naming() {
        ConfigValue value = value(Property.NAMING).orElseThrow();
        try {
            return NamingPreset.parse(value.value());
        } catch (IllegalArgumentException e) {
            throw invalid(Property.NAMING, "is not valid: " + e.getMessage(),
                    "write hibernate, spring or a class name");
        }
    }

    /** The migrations folder, absolute. */
    public Path migrationsDir() {
        ConfigValue value = value(Property.MIGRATIONS_DIR).orElseThrow();
        return value.baseDirectory().resolve(value.value()).normalize();
    }

    public String migrationsPackage() {
        String value = value(Property.MIGRATIONS_PACKAGE).orElseThrow().value();
        if (!JAVA_PACKAGE.matcher(value).matches()) {
            throw invalid(Property.MIGRATIONS_PACKAGE, "'" + value + "' is not a Java package name",
                    "write a package such as db.migrations");
        }
        return value;
    }

    public String versionTable() {
        return value(Property.VERSION_TABLE).orElseThrow().value();
    }

    public boolean dev() {
        String value = value(Property.DEV).orElseThrow().value();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(Property.DEV, "'" + value + "' is not a boolean", "write true or false");
    }

    /** The major version of the embedded server when no URL is configured. */
    public int embeddedVersion() {
        String value = value(Property.EMBEDDED_VERSION).orElseThrow().value();
        try {
            int version = Integer.parseInt(value);
            if (version >= OLDEST_EMBEDDED && version <= NEWEST_EMBEDDED) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw invalid(Property.EMBEDDED_VERSION, "'" + value + "' is not a bundled PostgreSQL major version",
                "choose " + OLDEST_EMBEDDED + " to " + NEWEST_EMBEDDED);
    }

    private List<String> commaList(Property property) {
        return value(property).map(v -> Arrays.stream(v.value().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private CliFailure invalid(Property property, String problem, String remedy) {
        return CliFailure.usage(value(property).orElseThrow().describe(property) + " " + problem + "; " + remedy);
    }
}
