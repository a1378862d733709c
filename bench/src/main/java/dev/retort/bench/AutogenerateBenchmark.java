package dev.retort.bench;

import dev.retort.testing.pg.PostgresServers;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times {@code retort revision --autogenerate} end to end, JVM start included: a fresh {@code ./retort} (or
 * {@code java -jar retort.jar}) per run, on a generated project of N entities whose database is at the previous version, which
 * the current entities differ from in {@link ProjectChange#values() 15 places}. The database is a live one
 * (mode {@code live}) or the embedded shadow database replaying the baseline migration ({@code shadow}). Each
 * run writes into a fresh copy of the migrations folder, so every run generates the same migration; a run
 * whose review does not list the expected operations aborts the benchmark.
 *
 * <p>Arguments: {@code [entities] [runs] [live|shadow] [major version] [warm-ups]}, default {@code 1000 5 live 17
 * 1}. System properties: {@code bench.via} ({@code launcher}, the default: the repository's {@code ./retort} as
 * users run it, whose first run, a warm-up, writes its class data sharing archive; or {@code jar}: {@code java
 * -jar} of {@code bench.jar}, default {@code cli/target/retort.jar}, with no JVM options but {@code bench.jvm}'s),
 * {@code bench.jvm} (extra JVM options of the measured process, separated by spaces; several sets separated by
 * {@code |} are measured in turn, for example {@code "|-XX:+UseParallelGC"} compares the launcher's options with
 * and without the parallel collector), {@code bench.hold} (keep the database until standard input ends, to
 * profile by hand).
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
            Map<String, String> environment = db == null ? Map.of() : Map.of("RETORT_PASSWORD", db.password());
            List<RetortCli> clis = jvmOptionSets().stream().map(o -> cli(o, work, environment)).toList();
            List<String> target = db == null ? List.of("--embedded-version", String.valueOf(major))
                    : List.of("--url", db.jdbcUrl(), "--user", db.user());
            Path baseline = work.resolve("baseline-migrations");
            PreviousState.prepare(clis.get(0), target, project, baseline, live);
            List<RunSamples> samples = measure(clis, target, project, baseline, warmups, runs);
            for (int i = 0; i < clis.size(); i++) {
                System.out.printf("revision --autogenerate, %d entities, %s, %s:%n  %s%n  runs: %s%n",
                        entities, live ? "live PostgreSQL " + major : "embedded shadow PostgreSQL " + major,
                        clis.get(i).describe(), samples.get(i).summary(), samples.get(i).each());
            }
            holdIfAsked(work, target);
        }
        System.exit(0);
    }

    /** Runs each JVM option set in turn, round after round, so that a change of machine load hits every set. */
    private static List<RunSamples> measure(List<RetortCli> clis, List<String> target, BenchProject project,
                                            Path baseline, int warmups, int runs)
            throws IOException, InterruptedException {
        List<RunSamples> samples = clis.stream().map(c -> new RunSamples()).toList();
        for (int n = 0; n < warmups + runs; n++) {
            for (int i = 0; i < clis.size(); i++) {
                Path migrations = Folders.copy(baseline, project.work().resolve("run-" + n + "-" + i)
                        .resolve("migrations"));
                TimedProcess.Result result = clis.get(i).run(PreviousState.command(List.of("revision",
                        "--autogenerate", "-m", "bench", "--rev-id", "0001changes"), target,
                        project.currentClasses(), migrations)).requireExit(0, "revision --autogenerate");
                List<String> operations = RevisionReport.require(result.stdout(), ProjectChange.expectedOperations());
                if (n == 0 && i == 0) {
                    System.out.println("operations (" + operations.size() + "):\n  "
                            + String.join("\n  ", operations));
                }
                System.out.printf("%s %d, %s: %.2f s, CPU %.2f s, peak RSS %d MiB, load average %.1f%n",
                        n < warmups ? "warm-up" : "run", n < warmups ? n + 1 : n - warmups + 1,
                        clis.get(i).describe(), result.wallNanos() / 1e9, result.cpuMillis() / 1e3,
                        result.peakRssKib() / 1024, loadAverage());
                if (n >= warmups) {
                    samples.get(i).add(result);
                }
            }
        }
        return samples;
    }

    /**
     * With {@code -Dbench.hold=true}, keeps the database and the project until standard input ends, and prints
     * how to reach them, to profile one command by hand.
     */
    private static void holdIfAsked(Path work, List<String> target) throws IOException {
        if (Boolean.getBoolean("bench.hold")) {
            System.out.println("holding (close standard input to end): project " + work + ", target "
                    + String.join(" ", target));
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The one-minute load average: other work on the machine inflates wall times. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static RetortCli cli(List<String> jvmOptions, Path work, Map<String, String> environment) {
        if (System.getProperty("bench.via", "launcher").equals("jar")) {
            return RetortCli.jar(Path.of(System.getProperty("bench.jar", "cli/target/retort.jar")), jvmOptions, work,
                    environment);
        }
        return RetortCli.launcher(Path.of("retort"), jvmOptions, work, environment);
    }

    /** The JVM option sets of {@code bench.jvm}: sets separated by {@code |}, options by spaces. */
    private static List<List<String>> jvmOptionSets() {
        List<List<String>> sets = new ArrayList<>();
        for (String set : System.getProperty("bench.jvm", "").split("\\|", -1)) {
            sets.add(set.isBlank() ? List.of() : List.of(set.strip().split("\\s+")));
        }
        return sets;
    }
}
