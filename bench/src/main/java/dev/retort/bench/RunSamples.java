package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured runs of one command: wall time, CPU time and peak resident set size of each. */
final class RunSamples {

    private final List<Long> wallNanos = new ArrayList<>();
    private final List<Long> cpuMillis = new ArrayList<>();
    private final List<Long> peakKib = new ArrayList<>();

    void add(TimedProcess.Result result) {
        wallNanos.add(result.wallNanos());
        cpuMillis.add(result.cpuMillis());
        peakKib.add(result.peakRssKib());
    }

    String summary() {
        if (wallNanos.isEmpty()) {
            return "no measured runs";
        }
        return String.format(Locale.ROOT, "wall median %.2f s, min %.2f s, max %.2f s; CPU median %.2f s; "
                        + "peak RSS median %d MiB, max %d MiB; over %d runs", median(wallNanos) / 1e9,
                min(wallNanos) / 1e9, max(wallNanos) / 1e9, median(cpuMillis) / 1e3,
                (long) (median(peakKib) / 1024), max(peakKib) / 1024, wallNanos.size());
    }

    String each() {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < wallNanos.size(); i++) {
            runs.add(String.format(Locale.ROOT, "%.2f s (CPU %.2f s) / %d MiB", wallNanos.get(i) / 1e9,
                    cpuMillis.get(i) / 1e3, peakKib.get(i) / 1024));
        }
        return String.join(", ", runs);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
