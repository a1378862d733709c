package dev.retort.scan;

import dev.retort.scan.discovery.ClassLoading;
import dev.retort.scan.discovery.ClasspathDiscovery;
import dev.retort.scan.discovery.DiscoveredClasses;
import dev.retort.scan.discovery.IsolatedClassLoader;
import dev.retort.scan.discovery.PersistenceCopies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The first half of a scan, which the PostgreSQL version does not change: the class path examined, its mapped
 * classes found and loaded (not initialised) in a loader of their own. Whoever holds it closes the loader.
 */
record LoadedClassPath(PersistenceCopies copies, DiscoveredClasses discovered, IsolatedClassLoader loader,
                       List<Class<?>> classes) {

    /** Reads the class path; throws {@link ScanException} naming the entry, class or setting at fault. */
    static LoadedClassPath read(List<Path> classpath, List<String> packages) {
        ClasspathDiscovery.requireEntries(classpath);
        PersistenceCopies copies = PersistenceCopies.examine(classpath);
        DiscoveredClasses discovered = ClasspathDiscovery.discover(copies.userEntries(), packages);
        requireEntities(discovered, classpath, packages);
        IsolatedClassLoader loader = IsolatedClassLoader.over(copies.userEntries());
        try {
            return new LoadedClassPath(copies, discovered, loader,
                    ClassLoading.load(loader, discovered.annotatedClasses()));
        } catch (RuntimeException | Error e) {
            closeQuietly(loader);
            throw e;
        }
    }

    private static void requireEntities(DiscoveredClasses discovered, List<Path> classpath, List<String> packages) {
        if (!discovered.entities().isEmpty()) {
            return;
        }
        String where = classpath + (packages.isEmpty() ? "" : " in packages " + packages);
        if (!discovered.legacyEntities().isEmpty()) {
            throw new ScanException("the classes on " + where + " use javax.persistence (JPA 2), for example "
                    + discovered.legacyEntities().get(0) + "; Retort needs Jakarta Persistence 3 (jakarta.persistence)");
        }
        throw new ScanException("no @Entity classes found on " + where
                + "; check entities.classpath (the compiled classes, e.g. target/classes) and entities.packages");
    }

    static void closeQuietly(IsolatedClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // Closing only releases jar handles; nothing depends on it having worked.
        }
    }
}
