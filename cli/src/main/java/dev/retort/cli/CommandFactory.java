package dev.retort.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the command objects, handing the {@link CliEnvironment} to each command that takes one in its
 * constructor, so commands never read the process's environment themselves.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final CliEnvironment environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(CliEnvironment.class);
            return constructor.newInstance(environment);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
