package dev.retort.cli.options;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.ConfigResolver;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.config.Property;
import dev.retort.cli.failure.FailureHandler;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes: the configuration file, stack traces, colour. */
public final class GlobalOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file to read instead of retort.properties in the working directory.")
    private String configFile;

    @Option(names = FailureHandler.VERBOSE, description = "Print stack traces with errors.")
    private boolean verbose;

    @Option(names = "--no-color", description = "No colour in the output (it has none when not on a terminal).")
    private boolean noColor;

    public boolean verbose() {
        return verbose;
    }

    /** Whether output may use colour: on a terminal, without --no-color and without NO_COLOR. */
    public boolean colour(CliEnvironment environment) {
        return environment.stdoutIsTerminal() && !noColor && environment.variable("NO_COLOR").isEmpty()
                && !"dumb".equals(environment.variables().get("TERM"));
    }

    /** The configuration: the given option groups, then the environment, the file, the defaults. */
    public Configuration resolve(CliEnvironment environment, ConfigOptions... groups) {
        Map<Property, String> options = new EnumMap<>(Property.class);
        for (ConfigOptions group : groups) {
            group.addTo(options);
        }
        return ConfigResolver.resolve(options, Optional.ofNullable(configFile), environment);
    }
}
