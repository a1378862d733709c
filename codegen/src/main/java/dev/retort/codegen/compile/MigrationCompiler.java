package dev.retort.codegen.compile;

import dev.retort.migration.Migration;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compiles the migration sources of a folder in-process and loads them. The classes are cached in
 * {@code <cacheDir>/<hash>}, keyed by the sources' content (plus the Java version and class path), so only a
 * change to a source compiles again. A compile goes to a temporary folder first and is moved into place in one
 * step, so that concurrent runs never see half a cache entry.
 */
public final class MigrationCompiler {

    private static final String INDEX = "migrations.index";

    private final Path cacheDir;
    private final List<Path> classPath;

    public MigrationCompiler(Path cacheDir, List<Path> classPath) {
        this.cacheDir = cacheDir;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * A compiler against the current class path, plus wherever the migrations API was loaded from (the class
     * path may be a launcher's manifest-only jar).
     */
    public static MigrationCompiler againstCurrentClassPath(Path cacheDir) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        try {
            entries.add(Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the migrations API", e);
        }
        return new MigrationCompiler(cacheDir, new ArrayList<>(entries));
    }

    /** Compiles the folder's sources (or finds them compiled) and loads every migration class among them. */
    public CompiledMigrations compile(Path sourceDir) throws IOException, MigrationCompileException {
        SourceSet sources = SourceSet.of(sourceDir);
        SourceSet.Digest digest = sources.digest(Runtime.version() + "\n" + classPath);
        Path target = cacheDir.resolve(digest.key());
        boolean fresh = !Files.isDirectory(target);
        if (fresh) {
            compileInto(sources, target);
        }
        return load(target, fresh, digest.checksums());
    }

    private void compileInto(SourceSet sources, Path target) throws IOException, MigrationCompileException {
        Files.createDirectories(cacheDir);
        Path temporary = Files.createTempDirectory(cacheDir, ".compiling-");
        try {
            Map<String, String> classes = sources.files().isEmpty() ? Map.of()
                    : Javac.compile(sources, classPath, temporary);
            List<String> lines = new ArrayList<>();
            new TreeMap<>(classes).forEach((name, source) -> lines.add(name + "\t" + source));
            Files.write(temporary.resolve(INDEX), lines, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException raced) {
            if (!Files.isDirectory(target)) {
                throw raced;
            }
        } finally {
            deleteRecursively(temporary);
        }
    }

    private static CompiledMigrations load(Path classesDir, boolean fresh, Map<String, String> checksums)
            throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()},
                Migration.class.getClassLoader());
        List<CompiledMigration> migrations = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(classesDir.resolve(INDEX), StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 2);
                Class<?> type = Class.forName(parts[0], false, loader);
                if (Migration.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    migrations.add(new CompiledMigration(type.asSubclass(Migration.class), parts[1],
                            checksums.get(parts[1])));
                }
            }
        } catch (ClassNotFoundException | IOException e) {
            loader.close();
            throw new IOException("the compiled migrations in " + classesDir + " are incomplete; delete that folder",
                    e);
        }
        return new CompiledMigrations(classesDir, fresh, loader, migrations);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
