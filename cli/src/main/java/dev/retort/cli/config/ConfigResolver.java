package dev.retort.cli.config;

import dev.retort.cli.CliEnvironment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves every property through the four layers of CONTRACT.md section 2, first one winning: command-line
 * option, environment variable, the properties file, default.
 */
public final class ConfigResolver {

    private ConfigResolver() {
    }

    /**
     * @param options the values given as command-line options (absent options are missing from the map)
     * @param configOption the {@code --config} value, if given
     */
    public static Configuration resolve(Map<Property, String> options, Optional<String> configOption,
                                        CliEnvironment environment) {
        Optional<PropertiesFile> file = PropertiesFile.locate(configOption, environment.workingDirectory());
        Map<Property, ConfigValue> values = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            fromOption(property, options, environment)
                    .or(() -> fromEnvironment(property, environment))
                    .or(() -> file.flatMap(f -> fromFile(property, f)))
                    .or(() -> property.defaultValue()
                            .map(v -> new ConfigValue(v, "default", environment.workingDirectory())))
                    .ifPresent(value -> values.put(property, value));
        }
        return new Configuration(values, file, unknownKeys(file));
    }

    private static Optional<ConfigValue> fromOption(Property property, Map<Property, String> options,
                                                    CliEnvironment environment) {
        return Optional.ofNullable(options.get(property))
                .map(v -> new ConfigValue(v, property.option(), environment.workingDirectory()));
    }

    private static Optional<ConfigValue> fromEnvironment(Property property, CliEnvironment environment) {
        for (String variable : property.environment()) {
            Optional<String> value = environment.variable(variable);
            if (value.isPresent()) {
                return Optional.of(new ConfigValue(value.get(), variable, environment.workingDirectory()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ConfigValue> fromFile(Property property, PropertiesFile file) {
        String value = file.entries().get(property.key());
        return value == null || value.isEmpty() ? Optional.empty()
                : Optional.of(new ConfigValue(value, file.origin(), file.directory()));
    }

    private static List<String> unknownKeys(Optional<PropertiesFile> file) {
        List<String> warnings = new ArrayList<>();
        file.ifPresent(f -> f.entries().keySet().stream().filter(k -> Property.ofKey(k).isEmpty())
                .forEach(k -> warnings.add(f.origin() + ": unknown property '" + k + "' is ignored")));
        return warnings;
    }
}
