package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code retort} command as a user runs it: a fresh process per command (so JVM start is part of every
 * measurement), in a working directory without a {@code retort.properties}. Either through the repository's
 * {@code ./retort} launcher, with its JVM options and class data sharing archive and the extra JVM options in
 * {@code RETORT_JAVA_OPTS}, or as {@code java <options> -jar retort.jar}.
 */
final class RetortCli {

    private final List<String> start;
    private final List<String> jvmOptions;
    private final Path directory;
    private final Map<String, String> environment;

    private RetortCli(List<String> start, List<String> jvmOptions, Path directory, Map<String, String> environment) {
        this.start = List.copyOf(start);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    /** {@code <launcher> <arguments>}, with {@code jvmOptions} after the launcher's own. */
    static RetortCli launcher(Path launcher, List<String> jvmOptions, Path directory,
                              Map<String, String> environment) {
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: run the benchmark from the project root");
        }
        Map<String, String> withOptions = new HashMap<>(environment);
        withOptions.put("RETORT_JAVA_OPTS", String.join(" ", jvmOptions));
        return new RetortCli(List.of(launcher.toAbsolutePath().toString()), jvmOptions, directory, withOptions);
    }

    /** {@code java <jvmOptions> -jar <jar> <arguments>}, with this JVM's {@code java}. */
    static RetortCli jar(Path jar, List<String> jvmOptions, Path directory, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with "
                    + "mvn -B -o -q -pl cli -am package -Dmaven.test.skip=true");
        }
        List<String> start = new ArrayList<>();
        start.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        start.addAll(jvmOptions);
        start.add("-jar");
        start.add(jar.toAbsolutePath().toString());
        return new RetortCli(start, jvmOptions, directory, environment);
    }

    /** Runs {@code retort <arguments>} and measures it. */
    TimedProcess.Result run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(start);
        command.addAll(arguments);
        return TimedProcess.run(command, directory, environment);
    }

    /** How the command starts and the JVM options added, for the report. */
    String describe() {
        return (start.size() == 1 ? "launcher " + start.get(0) : "java -jar") + ", extra JVM options " + jvmOptions;
    }
}
