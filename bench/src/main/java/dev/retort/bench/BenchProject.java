package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The previous and the current version of a {@link GeneratedProject}, each compiled into a folder of its own. */
record BenchProject(Path work, Path previousClasses, Path currentClasses) {

    static BenchProject compile(Path work, int entities) throws IOException {
        long start = System.nanoTime();
        Path previous = compile(GeneratedProject.previous(entities), work.resolve("previous"));
        Path current = compile(GeneratedProject.current(entities), work.resolve("current"));
        System.out.printf("generated and compiled both versions of %d entities in %.1f s (in %s)%n", entities,
                (System.nanoTime() - start) / 1e9, work);
        return new BenchProject(work, previous, current);
    }

    private static Path compile(GeneratedProject project, Path root) throws IOException {
        Path classes = Files.createDirectories(root.resolve("classes"));
        InProcessCompiler.compile(project.write(root.resolve("src")), classes);
        return classes;
    }
}
