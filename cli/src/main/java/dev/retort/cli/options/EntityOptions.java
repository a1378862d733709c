package dev.retort.cli.options;

import dev.retort.cli.config.Property;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that say where the entities are and how they are named and placed. */
public final class EntityOptions implements ConfigOptions {

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Compiled entity classes: directories and jars, separated by the path separator.")
    private String classpath;

    @Option(names = "--packages", paramLabel = "LIST",
            description = "Comma list of packages to scan (default: every package).")
    private String packages;

    @Option(names = "--naming", paramLabel = "PRESET",
            description = "hibernate (default), spring, or a PhysicalNamingStrategy class name.")
    private String naming;

    @Option(names = "--schemas", paramLabel = "LIST", description = "Comma list of managed schemas (default: public).")
    private String schemas;

    @Override
    public void addTo(Map<Property, String> values) {
        ConfigOptions.put(values, Property.CLASSPATH, classpath);
        ConfigOptions.put(values, Property.PACKAGES, packages);
        ConfigOptions.put(values, Property.NAMING, naming);
        ConfigOptions.put(values, Property.SCHEMAS, schemas);
    }
}
