package dev.retort.cli;

import dev.retort.cli.database.MigrationSupport;
import dev.retort.cli.migrate.RuntimeMigrationSupport;
import dev.retort.cli.terminal.Prompter;
import dev.retort.cli.terminal.Terminal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command sees of the world outside its arguments: the working directory, the environment variables,
 * whether standard output is a terminal (colour), how migrations are replayed and read, and who can answer a
 * question (present only when a user sits at the terminal). Tests build their own; {@link RetortMain} builds the
 * real one.
 */
public record CliEnvironment(Path workingDirectory, Map<String, String> variables, boolean stdoutIsTerminal,
                             MigrationSupport migrations, Optional<Prompter> prompter) {

    public CliEnvironment {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(prompter, "prompter");
    }

    /** The process's own working directory and environment, and its terminal if it runs on one. */
    public static CliEnvironment ofProcess() {
        // Why the terminal also decides colour: Java has no test for standard output alone, and the terminal is
        // there only when both standard input and output are attached to one, the case that wants colour.
        Optional<Prompter> prompter = Terminal.prompter();
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(), prompter.isPresent(),
                new RuntimeMigrationSupport(), prompter);
    }

    /** A copy with other environment variables. */
    public CliEnvironment withVariables(Map<String, String> newVariables) {
        return new CliEnvironment(workingDirectory, newVariables, stdoutIsTerminal, migrations, prompter);
    }

    /** The value of an environment variable, absent when unset or blank. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
