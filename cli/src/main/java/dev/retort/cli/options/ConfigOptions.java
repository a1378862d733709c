package dev.retort.cli.options;

import dev.retort.cli.config.Property;
import java.util.Map;

/** A group of command-line options that set configuration properties (the first layer of section 2). */
public interface ConfigOptions {

    /** Puts the options that were given into {@code values}, keyed by the property each sets. */
    void addTo(Map<Property, String> values);

    /** Puts {@code value} under {@code property} when the option was given. */
    static void put(Map<Property, String> values, Property property, String value) {
        if (value != null) {
            values.put(property, value);
        }
    }
}
