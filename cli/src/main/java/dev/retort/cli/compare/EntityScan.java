package dev.retort.cli.compare;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.output.Progress;
import dev.retort.scan.ClassPathReading;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.NamingPreset;
import dev.retort.scan.ScanOptions;
import dev.retort.scan.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scan of the configured entity classes, its settings validated when prepared (before any database is
 * started), run later for the target's PostgreSQL major version. Preparing also starts reading the class path
 * (finding and loading the mapped classes), so that this overlaps whatever the command does before it scans;
 * close the scan to release what was read when it is never run.
 */
public final class EntityScan implements AutoCloseable {

    private final List<Path> classpath;
    private final List<String> packages;
    private final NamingPreset naming;
    private final List<String> schemas;
    private final ClassPathReading reading;

    private EntityScan(List<Path> classpath, List<String> packages, NamingPreset naming, List<String> schemas) {
        this.classpath = classpath;
        this.packages = packages;
        this.naming = naming;
        this.schemas = schemas;
        this.reading = ClassPathReading.start(classpath, packages);
    }

    /** Reads and validates the scan settings (a missing or invalid one is a usage failure), and starts reading. */
    public static EntityScan prepare(Configuration configuration) {
        return new EntityScan(configuration.classpath(), configuration.packages(), configuration.naming(),
                configuration.schemas());
    }

    /** The target schema the entities describe, as Hibernate would create it on {@code majorVersion}. */
    public ScanResult run(int majorVersion, Progress progress) {
        progress.step("scanning the entity classes in " + classpath.stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        ScanResult result = EntityScanner.create(new ScanOptions(classpath, packages, naming, majorVersion, schemas))
                .scan(reading);
        result.warnings().forEach(warning -> progress.warn(warning.toString()));
        return result;
    }

    @Override
    public void close() {
        reading.close();
    }
}
