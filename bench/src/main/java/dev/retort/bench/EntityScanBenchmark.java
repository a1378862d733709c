package dev.retort.bench;

import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanOptions;
import dev.retort.scan.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times {@link EntityScanner#scan()} over a generated model of compiled entities on a warm JVM: generates and
 * compiles the entities once, then a few warm-up scans and N measured ones, and prints the median.
 *
 * <p>Arguments: {@code [entities] [warm-ups] [runs]}, default {@code 1000 3 10}.
 */
public final class EntityScanBenchmark {

    private EntityScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path work = Files.createTempDirectory("retort-entity-bench");
        Path classes = Files.createDirectories(work.resolve("classes"));
        long compileStart = System.nanoTime();
        InProcessCompiler.compile(GeneratedEntities.write(work.resolve("src"), entities), classes);
        System.out.printf("generated and compiled %d entities in %.1f s%n", entities,
                (System.nanoTime() - compileStart) / 1e9);
        ScanOptions options = ScanOptions.of(List.of(classes));
        ScanResult last = EntityScanner.create(options).scan();
        System.out.printf("model: %d tables, %d columns%n", last.model().tables().size(),
                last.model().tables().stream().mapToInt(t -> t.columns().size()).sum());
        Timings timings = Timings.measure(() -> EntityScanner.create(options).scan(), warmups, runs);
        System.out.println("entity scan of " + entities + " entities: " + timings.summary());
    }
}
