package dev.retort.bench;

import dev.retort.testing.pg.PostgresServers;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times {@code retort revision --autogenerate} end to end, JVM start included: a fresh {@code java -jar
 * retort.jar} per run, on a generated project of N entities whose database is at the previous version, which
 * the current entities differ from in {@link ProjectChange#values() 15 places}. The database is a live one
 * (mode {@code live}) or the embedded shadow database replaying the baseline migration ({@code shadow}). Each
 * run writes into a fresh copy of the migrations folder, so every run generates the same migration; a run
 * whose review does not list the expected operations aborts the benchmark.
 *
 * <p>Arguments: {@code [entities] [runs] [live|shadow] [major version] [warm-ups]}, default {@code 1000 5 live 17
 * 1}. System properties: {@code bench.jar} (default {@code cli/target/retort.jar}), {@code bench.jvm} (JVM options
 * of the measured process, separated by spaces).
 */
public final class AutogenerateBenchmark {

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean live = !(args.length > 2 && args[2].equals("shadow"));
        int major = args.length > 3 ? Integer.parseInt(args[3]) : 17;
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Path work = Files.createTempDirectory("retort-autogenerate-bench");
        BenchProject project = BenchProject.compile(work, entities);
        try (TestDatabase db = live ? TestDatabase.create(PostgresServers.forVersion(major)) : null) {
            RetortCli cli = new RetortCli(Path.of(System.getProperty("bench.jar", "cli/target/retort.jar")),
                    jvmOptions(), work, db == null ? Map.of() : Map.of("RETORT_PASSWORD", db.password()));
            List<String> target = db == null ? List.of("--embedded-version", String.valueOf(major))
                    : List.of("--url", db.jdbcUrl(), "--user", db.user());
            Path baseline = work.resolve("baseline-migrations");
            PreviousState.prepare(cli, target, project.previousClasses(), baseline, live);
            RunSamples samples = measure(cli, target, project, baseline, warmups, runs);
            System.out.printf("revision --autogenerate, %d entities, %s, JVM options %s:%n  %s%n  runs: %s%n",
                    entities, live ? "live PostgreSQL " + major : "embedded shadow PostgreSQL " + major,
                    cli.jvmOptions(), samples.summary(), samples.each());
        }
        System.exit(0);
    }

    private static RunSamples measure(RetortCli cli, List<String> target, BenchProject project, Path baseline,
                                      int warmups, int runs) throws IOException, InterruptedException {
        RunSamples samples = new RunSamples();
        for (int n = 0; n < warmups + runs; n++) {
            Path migrations = Folders.copy(baseline, project.work().resolve("run-" + n).resolve("migrations"));
            TimedProcess.Result result = cli.run(PreviousState.command(List.of("revision", "--autogenerate", "-m",
                    "bench", "--rev-id", "0001changes"), target, project.currentClasses(), migrations))
                    .requireExit(0, "revision --autogenerate");
            List<String> operations = RevisionReport.require(result.stdout(), ProjectChange.expectedOperations());
            if (n == 0) {
                System.out.println("operations (" + operations.size() + "):\n  " + String.join("\n  ", operations));
            }
            System.out.printf("%s %d: %.2f s, CPU %.2f s, peak RSS %d MiB, load average %.1f%n",
                    n < warmups ? "warm-up" : "run", n < warmups ? n + 1 : n - warmups + 1, result.wallNanos() / 1e9,
                    result.cpuMillis() / 1e3, result.peakRssKib() / 1024, loadAverage());
            if (n >= warmups) {
                samples.add(result);
            }
        }
        return samples;
    }

    /** The one-minute load average: other work on the machine inflates wall times. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<String> jvmOptions() {
        String options = System.getProperty("bench.jvm", "").strip();
        return options.isEmpty() ? List.of() : new ArrayList<>(List.of(options.split("\\s+")));
    }
}
