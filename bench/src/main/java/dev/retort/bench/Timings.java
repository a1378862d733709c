package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall-clock samples of one measured action, with the median that bench/RESULTS.md records. */
final class Timings {

    private final List<Long> nanos = new ArrayList<>();

    /** Something measured; may throw, which aborts the benchmark. */
    interface Action {
        void run() throws Exception;
    }

    static Timings measure(Action action, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        Timings timings = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            timings.nanos.add(System.nanoTime() - start);
        }
        return timings;
    }

    double medianMillis() {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1e6;
    }

    String summary() {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return String.format(Locale.ROOT, "median %.1f ms, min %.1f ms, max %.1f ms over %d runs", medianMillis(),
                sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }
}
