package dev.retort.cli;

import dev.retort.cli.database.MigrationSupport;
import dev.retort.cli.migrate.RuntimeMigrationSupport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command sees of the world outside its arguments: the working directory, the environment variables,
 * whether standard output is a terminal (colour) and how migrations are replayed and read. Tests build their
 * own; {@link RetortMain} builds the real one.
 */
public record CliEnvironment(Path workingDirectory, Map<String, String> variables, boolean stdoutIsTerminal,
                             MigrationSupport migrations) {

    public CliEnvironment {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(migrations, "migrations");
    }

    /** The process's own working directory and environment. */
    public static CliEnvironment ofProcess() {
        // Why System.console(): Java 17 has no "is stdout a terminal" test; the console exists only when both
        // standard input and output are attached to one, which is the case that wants colour.
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(), System.console() != null,
                new RuntimeMigrationSupport());
    }

    /** A copy with other environment variables. */
    public CliEnvironment withVariables(Map<String, String> newVariables) {
        return new CliEnvironment(workingDirectory, newVariables, stdoutIsTerminal, migrations);
    }

    /** The value of an environment variable, absent when unset or blank. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
