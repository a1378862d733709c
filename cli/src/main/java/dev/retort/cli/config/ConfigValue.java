package dev.retort.cli.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configured value with where it came from ({@code --url}, {@code RETORT_URL}, a properties file or
 * {@code default}) and the directory that relative paths in it are resolved against.
 */
public record ConfigValue(String value, String origin, Path baseDirectory) {

    public ConfigValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }

    /** How error messages name the value, e.g. {@code url (from RETORT_URL)}. */
    public String describe(Property property) {
        return property.key() + " (from " + origin + ")";
    }
}
