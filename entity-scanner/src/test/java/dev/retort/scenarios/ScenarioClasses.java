package dev.retort.scenarios;

import dev.retort.scan.FixtureClasses;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;

/** The entity and converter classes of one scenario side, for Hibernate's own script. */
final class ScenarioClasses {

    private ScenarioClasses() {
    }

    /** The classes of the package (not its subpackages), loaded by the test's class loader, sorted by name. */
    static List<Class<?>> of(String entityPackage) {
        List<Class<?>> classes = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(FixtureClasses.location().toString())
                .enableAnnotationInfo().acceptPackagesNonRecursive(entityPackage).scan()) {
            List<String> names = new ArrayList<>(scan.getClassesWithAnnotation("jakarta.persistence.Entity")
                    .getNames());
            names.addAll(scan.getClassesWithAnnotation("jakarta.persistence.Converter").getNames());
            names.sort(null);
            for (String name : names) {
                classes.add(Class.forName(name));
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
