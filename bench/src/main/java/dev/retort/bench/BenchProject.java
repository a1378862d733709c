package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The previous and the current version of a {@link GeneratedProject}, each compiled into a folder of its own,
 * and the previous version in growing parts of at most {@link #PART_ENTITIES} new entities each, from which the
 * previous state is migrated one part per migration.
 *
 * @param previousParts class folders of the first 1,000, 2,000, ... entities of the previous version; the last
 *                      is the whole previous version
 */
record BenchProject(Path work, List<Path> previousParts, Path currentClasses) {

    /**
     * Why parts: a migration runs in one transaction, and one that creates some 2,700 tables with their keys and
     * identity sequences exhausts PostgreSQL's lock table ("out of shared memory" with the default
     * max_locks_per_transaction of 64).
     */
    static final int PART_ENTITIES = 1000;

    static BenchProject compile(Path work, int entities) throws IOException {
        long start = System.nanoTime();
        List<Path> parts = new ArrayList<>();
        for (int count = Math.min(PART_ENTITIES, entities); ; count = Math.min(count + PART_ENTITIES, entities)) {
            parts.add(compile(GeneratedProject.previous(entities).firstEntities(count),
                    work.resolve("previous-" + count)));
            if (count == entities) {
                break;
            }
        }
        Path current = compile(GeneratedProject.current(entities), work.resolve("current"));
        System.out.printf("generated and compiled both versions of %d entities in %.1f s (in %s)%n", entities,
                (System.nanoTime() - start) / 1e9, work);
        return new BenchProject(work, List.copyOf(parts), current);
    }

    /** The whole previous version. */
    Path previousClasses() {
        return previousParts.get(previousParts.size() - 1);
    }

    private static Path compile(GeneratedProject project, Path root) throws IOException {
        Path classes = Files.createDirectories(root.resolve("classes"));
        InProcessCompiler.compile(project.write(root.resolve("src")), classes);
        return classes;
    }
}
