package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a benchmark's database to the previous version of the project the way a user would: {@code retort
 * revision --autogenerate} of the previous entities writes the baseline migration (one per part of the project,
 * see {@link BenchProject#PART_ENTITIES}), {@code retort upgrade} runs it on the live database (the shadow
 * database replays it by itself), and {@code retort check} proves that the previous entities then have nothing
 * pending.
 */
final class PreviousState {


    private PreviousState() {
    }

    static void prepare(RetortCli cli, List<String> target, BenchProject project, Path migrations, boolean live)
            throws IOException, InterruptedException {
        for (int part = 0; part < project.previousParts().size(); part++) {
            // Why a fixed id: every run of the benchmark then writes the same migrations.
            String id = String.format(Locale.ROOT, "%04dbaseline", part);
            report("baseline revision " + id, cli.run(command(List.of("revision", "--autogenerate", "-m",
                    "baseline " + part, "--rev-id", id), target, project.previousParts().get(part), migrations))
                    .requireExit(0, "the baseline revision " + id));
            if (live) {
                report("upgrade to " + id, cli.run(command(List.of("upgrade"), target, null, migrations))
                        .requireExit(0, "the upgrade to " + id));
            }
        }
        report("check of the previous entities", cli.run(command(List.of("check"), target,
                project.previousClasses(), migrations))
                .requireExit(0, "the check of the previous entities (they should have nothing pending)"));
    }

    /** {@code retort <head> <target> [--classpath classes] --migrations-dir migrations}. */
    static List<String> command(List<String> head, List<String> target, Path classes, Path migrations) {
        List<String> command = new ArrayList<>(head);
        command.addAll(target);
        if (classes != null) {
            command.addAll(List.of("--classpath", classes.toString()));
        }
        command.addAll(List.of("--migrations-dir", migrations.toString()));
        return command;
    }

    private static void report(String what, TimedProcess.Result result) {
        System.out.printf("%s: %.1f s, CPU %.1f s, peak RSS %d MiB%n", what, result.wallNanos() / 1e9,
                result.cpuMillis() / 1e3, result.peakRssKib() / 1024);
    }
}
