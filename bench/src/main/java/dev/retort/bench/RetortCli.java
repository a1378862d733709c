package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code retort} command as a user runs it: a fresh {@code java -jar retort.jar} process per command (so JVM
 * start is part of every measurement), with the given JVM options, in a working directory without a
 * {@code retort.properties}.
 */
final class RetortCli {

    private final Path jar;
    private final List<String> jvmOptions;
    private final Path directory;
    private final Map<String, String> environment;

    RetortCli(Path jar, List<String> jvmOptions, Path directory, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with "
                    + "mvn -B -o -q -pl cli -am package -Dmaven.test.skip=true");
        }
        this.jar = jar.toAbsolutePath();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    /** Runs {@code retort <arguments>} and measures it. */
    TimedProcess.Result run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return TimedProcess.run(command, directory, environment);
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }
}
