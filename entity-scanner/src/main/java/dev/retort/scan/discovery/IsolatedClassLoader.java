package dev.retort.scan.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the user's classes from their class path, parent-first only for the JDK and Retort's Hibernate ORM and
 * Jakarta Persistence (copies of those on the user's class path are never used); close it after the scan.
 */
public final class IsolatedClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private IsolatedClassLoader(URL[] urls, ClassLoader parent) {
        super("retort-entities", urls, parent);
    }

    /** A loader over the given directories and jars whose parent shares only Retort's persistence classes. */
    public static IsolatedClassLoader over(List<Path> classpath) {
        URL[] urls = classpath.stream().map(IsolatedClassLoader::url).toArray(URL[]::new);
        return new IsolatedClassLoader(urls, new SharedPersistenceLoader(IsolatedClassLoader.class.getClassLoader()));
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException("not a usable class path entry: " + path, e));
        }
    }
}
