package dev.retort.cli.config;

import dev.retort.cli.failure.CliFailure;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** A {@code retort.properties} file: found in the working directory or named by {@code --config}, then read. */
public record PropertiesFile(Path path, String origin, Map<String, String> entries) {

    /** The file's name when it sits in the working directory. */
    public static final String DEFAULT_NAME = "retort.properties";

    public PropertiesFile {
        entries = Map.copyOf(entries);
    }

    /**
     * The file named by {@code --config} (which must exist), else {@code retort.properties} in the working
     * directory when there is one.
     */
    public static Optional<PropertiesFile> locate(Optional<String> configOption, Path workingDirectory) {
        if (configOption.isPresent()) {
            Path named = workingDirectory.resolve(configOption.get()).normalize();
            if (!Files.isRegularFile(named)) {
                throw CliFailure.usage("the configuration file " + named + " (from --config) does not exist; "
                        + "create one with 'retort init' or correct --config");
            }
            return Optional.of(read(named, configOption.get()));
        }
        Path inWorkingDirectory = workingDirectory.resolve(DEFAULT_NAME);
        return Files.isRegularFile(inWorkingDirectory)
                ? Optional.of(read(inWorkingDirectory, DEFAULT_NAME)) : Optional.empty();
    }

    private static PropertiesFile read(Path path, String origin) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw CliFailure.usage("cannot read the configuration file " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key).strip()));
        return new PropertiesFile(path.toAbsolutePath(), origin, entries);
    }

    /** The directory relative paths in this file are resolved against: the file's own. */
    public Path directory() {
        return path.getParent();
    }
}
