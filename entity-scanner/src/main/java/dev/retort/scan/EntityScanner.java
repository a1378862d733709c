package dev.retort.scan;

import dev.retort.scan.boot.HibernateBoot;
import dev.retort.scan.boot.NamingStrategies;
import dev.retort.scan.discovery.ClassLoading;
import dev.retort.scan.discovery.DiscoveredClasses;
import dev.retort.scan.discovery.IsolatedClassLoader;
import dev.retort.scan.mapping.SchemaMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scans compiled entity classes and returns the schema model they map to on PostgreSQL, exactly as Hibernate
 * ORM's own schema export would create it, with the entities found and warnings about what cannot be
 * represented faithfully.
 */
public final class EntityScanner {

    private final ScanOptions options;

    private EntityScanner(ScanOptions options) {
        this.options = options;
    }

    public static EntityScanner create(ScanOptions options) {
        return new EntityScanner(Objects.requireNonNull(options, "scan options must not be null"));
    }

    /** Finds, loads and maps the entities; throws {@link ScanException} naming the class and reason on failure. */
    public ScanResult scan() {
        return scan(LoadedClassPath.read(options.classpath(), options.packages()));
    }

    /**
     * Scans like {@link #scan()}, from the class path {@code reading} read ahead; it must be a reading of this
     * scanner's class path and packages.
     */
    public ScanResult scan(ClassPathReading reading) {
        if (!reading.reads(options)) {
            throw new IllegalArgumentException("the class path reading is of another class path or packages than "
                    + options.classpath() + " " + options.packages());
        }
        return scan(reading.take());
    }

    private ScanResult scan(LoadedClassPath loaded) {
        List<ScanWarning> warnings = new ArrayList<>(loaded.copies().warnings());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (IsolatedClassLoader loader = loaded.loader()) {
            // Why: Hibernate and some user types resolve classes through the context class loader.
            thread.setContextClassLoader(loader);
            NamingStrategies naming = NamingStrategies.of(options.naming(), loader);
            SchemaMapper.Mapped mapped = mapExplainingLinkage(loaded.classes(), loaded.discovered(), naming, loader);
            warnings.addAll(mapped.warnings());
            return new ScanResult(mapped.model(), mapped.entities(), warnings);
        } catch (IOException e) {
            throw new ScanException("cannot close the entity class loader: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Boots Hibernate and maps its metadata; when either fails, a class that mentions a type missing from the
     * class path is the failure reported, since it is the cause a user can act on.
     */
    private SchemaMapper.Mapped mapExplainingLinkage(List<Class<?>> classes, DiscoveredClasses discovered,
                                                     NamingStrategies naming, ClassLoader loader) {
        try (HibernateBoot boot = HibernateBoot.boot(classes, discovered.mappedPackages(), naming, loader,
                options.postgresMajorVersion())) {
            return SchemaMapper.map(boot.metadata(), options.schemas());
        } catch (RuntimeException | LinkageError e) {
            ClassLoading.requireLinkable(classes);
            throw e;
        }
    }
}
