package dev.retort.codegen.compile;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The migration classes of one source set, loaded from their cache folder; {@link #freshlyCompiled()} says
 * whether this call compiled them or found them cached. Close it once the classes are no longer needed.
 */
public final class CompiledMigrations implements AutoCloseable {

    private final Path classesDir;
    private final boolean freshlyCompiled;
    private final URLClassLoader loader;
    private final List<CompiledMigration> migrations;

    CompiledMigrations(Path classesDir, boolean freshlyCompiled, URLClassLoader loader,
                       List<CompiledMigration> migrations) {
        this.classesDir = classesDir;
        this.freshlyCompiled = freshlyCompiled;
        this.loader = loader;
        this.migrations = List.copyOf(migrations);
    }

    /** The cache folder holding the class files. */
    public Path classesDir() {
        return classesDir;
    }

    public boolean freshlyCompiled() {
        return freshlyCompiled;
    }

    public ClassLoader loader() {
        return loader;
    }

    /** Every concrete class implementing {@link dev.retort.migration.Migration}, sorted by class name. */
    public List<CompiledMigration> migrations() {
        return migrations;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
