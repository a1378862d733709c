package dev.retort.scan.discovery;

import dev.retort.scan.ScanException;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.PackageInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the mapped classes of a class path by reading their class files with ClassGraph, so nothing is loaded
 * (and no missing dependency can fail) before every candidate is known.
 */
public final class ClasspathDiscovery {

    private ClasspathDiscovery() {
    }

    /** The mapped classes in the given directories and jars, restricted to the packages when any are given. */
    public static DiscoveredClasses discover(List<Path> classpath, List<String> packages) {
        requireEntries(classpath);
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        try (ScanResult scan = graph.scan()) {
            return new DiscoveredClasses(
                    names(scan.getClassesWithAnnotation("jakarta.persistence.Entity")),
                    names(scan.getClassesWithAnnotation("jakarta.persistence.Embeddable")),
                    names(scan.getClassesWithAnnotation("jakarta.persistence.MappedSuperclass")),
                    names(scan.getClassesWithAnnotation("jakarta.persistence.Converter")),
                    mappedPackages(scan),
                    names(scan.getClassesWithAnnotation("javax.persistence.Entity")));
        } catch (RuntimeException e) {
            throw new ScanException("cannot read the entity class path " + classpath + ": " + e.getMessage(), e);
        }
    }

    /** Fails naming the first class path entry that does not exist. */
    public static void requireEntries(List<Path> classpath) {
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new ScanException("entity class path entry " + entry + " does not exist");
            }
        }
    }

    private static List<String> names(ClassInfoList classes) {
        return classes.filter(c -> !c.isAnnotation()).getNames();
    }

    /** Packages whose package-info declares generators, converters or other mapping annotations. */
    private static List<String> mappedPackages(ScanResult scan) {
        List<String> packages = new ArrayList<>();
        for (PackageInfo info : scan.getPackageInfo()) {
            for (AnnotationInfo annotation : info.getAnnotationInfo()) {
                String name = annotation.getName();
                if (name.startsWith("jakarta.persistence.") || name.startsWith("org.hibernate.annotations.")) {
                    packages.add(info.getName());
                    break;
                }
            }
        }
        return packages;
    }
}
