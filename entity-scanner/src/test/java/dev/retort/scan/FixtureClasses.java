package dev.retort.scan;

import dev.retort.fixtures.entities.identity.Author;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the entity fixture models live and which of their classes Hibernate must be given. */
public final class FixtureClasses {

    static final String ROOT = "dev.retort.fixtures.entities.";

    private FixtureClasses() {
    }

    /** The directory or jar holding the compiled fixture models. */
    public static Path location() {
        try {
            return Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture model's entities and converters, loaded by the test's own class loader, sorted by name. */
    static List<Class<?>> of(String model) {
        List<Class<?>> classes = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(location().toString()).enableAnnotationInfo()
                .acceptPackages(ROOT + model).scan()) {
            List<String> names = new ArrayList<>(scan.getClassesWithAnnotation("jakarta.persistence.Entity").getNames());
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

    /** Scan options for one fixture model: the fixtures' location, the model's package, the given schemas. */
    static ScanOptions options(String model, NamingPreset naming, int postgresMajor, List<String> schemas) {
        return ScanOptions.of(List.of(location())).withPackages(List.of(ROOT + model)).withNaming(naming)
                .withPostgresMajorVersion(postgresMajor).withSchemas(schemas);
    }
}
