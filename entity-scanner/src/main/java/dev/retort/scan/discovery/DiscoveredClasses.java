package dev.retort.scan.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the mapped classes found on the class path, each list sorted: entities, embeddables, mapped
 * superclasses, attribute converters, packages whose {@code package-info} carries mapping annotations, and
 * classes still annotated with the pre-Jakarta {@code javax.persistence.Entity}.
 */
public record DiscoveredClasses(List<String> entities, List<String> embeddables, List<String> mappedSuperclasses,
                                List<String> converters, List<String> mappedPackages, List<String> legacyEntities) {

    public DiscoveredClasses {
        entities = sorted(entities);
        embeddables = sorted(embeddables);
        mappedSuperclasses = sorted(mappedSuperclasses);
        converters = sorted(converters);
        mappedPackages = sorted(mappedPackages);
        legacyEntities = sorted(legacyEntities);
    }

    /** Every class Hibernate must be told about, in a stable order: superclasses and parts before entities. */
    public List<String> annotatedClasses() {
        List<String> all = new ArrayList<>();
        all.addAll(mappedSuperclasses);
        all.addAll(embeddables);
        all.addAll(converters);
        all.addAll(entities);
        return List.copyOf(all);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().distinct().toList();
    }
}
