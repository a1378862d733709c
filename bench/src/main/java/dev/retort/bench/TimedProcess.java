package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one command to its end and measures it: wall time from start to exit, and what GNU time reports of the
 * process: its CPU time (user and system, which shared cores inflate less than wall time) and its peak resident
 * set size (the high-water mark, {@code VmHWM}, JVM start and exit included).
 */
final class TimedProcess {

    /** GNU time: {@code %U} and {@code %S} are user and system CPU seconds, {@code %M} the peak RSS in KiB. */
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** What one run did: exit code, wall time, peak memory and both output streams. */
    record Result(int exitCode, long wallNanos, long cpuMillis, long peakRssKib, String stdout, String stderr) {

        /** Fails with the command's output when it did not exit with {@code expected}. */
        Result requireExit(int expected, String what) {
            if (exitCode != expected) {
                throw new IllegalStateException(what + " exited with " + exitCode + " (expected " + expected
                        + ")\n--- stdout\n" + stdout + "--- stderr\n" + stderr);
            }
            return this;
        }
    }

    private TimedProcess() {
    }

    static Result run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(GNU_TIME)) {
            throw new IllegalStateException("the benchmark needs GNU time at " + GNU_TIME + " for peak memory");
        }
        Path memory = Files.createTempFile(directory, "time-", ".txt");
        Path out = Files.createTempFile(directory, "stdout-", ".txt");
        Path err = Files.createTempFile(directory, "stderr-", ".txt");
        List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o",
                memory.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long wall = System.nanoTime() - start;
        List<String> lines = Files.readAllLines(memory);
        String[] measured = lines.get(lines.size() - 1).trim().split(" ");
        long cpu = Math.round((Double.parseDouble(measured[0]) + Double.parseDouble(measured[1])) * 1000);
        Result result = new Result(exit, wall, cpu, Long.parseLong(measured[2]), Files.readString(out),
                Files.readString(err));
        Files.delete(memory);
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
