package dev.retort.migration.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the classes of one package (not its subpackages) wherever a class loader finds it: in directories and
 * in jars, through the loader's own resources, without loading anything.
 */
public final class PackageScanner {

    private PackageScanner() {
    }

    /**
     * The binary names of the package's classes (nested classes included), sorted. Why the manifests when the
     * package's folder is found nowhere: a jar built without directory entries does not answer a lookup of the
     * folder, so every jar on the class path (found through its manifest) is searched instead.
     */
    public static List<String> classNames(ClassLoader loader, String packageName) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL location : Collections.list(loader.getResources(folder))) {
                if (location.getProtocol().equals("file")) {
                    inDirectory(Path.of(location.toURI()), packageName, names);
                } else {
                    inJar(location.openConnection(), folder, packageName, names);
                }
            }
            if (names.isEmpty()) {
                for (URL manifest : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                    URLConnection connection = manifest.openConnection();
                    if (connection instanceof JarURLConnection) {
                        inJar(connection, folder, packageName, names);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the classes of package " + packageName, e);
        }
        return List.copyOf(names);
    }

    private static void inDirectory(Path directory, String packageName, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
                    .forEach(name -> names.add(packageName + "." + stripClass(name)));
        }
    }

    /**
     * Why through {@link JarURLConnection}: it also opens jars nested in other jars where the URL handler
     * supports them (Spring Boot's executable jars), which a plain file path cannot.
     */
    private static void inJar(URLConnection connection, String folder, String packageName, TreeSet<String> names)
            throws IOException {
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("cannot list " + connection.getURL() + ": neither a directory nor a jar");
        }
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = folder + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                String rest = entry.startsWith(prefix) ? entry.substring(prefix.length()) : "";
                if (rest.endsWith(".class") && !rest.contains("/")) {
                    names.add(packageName + "." + stripClass(rest));
                }
            }
        }
    }

    private static String stripClass(String fileName) {
        return fileName.substring(0, fileName.length() - ".class".length());
    }
}
