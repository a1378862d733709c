package dev.retort.migration.library;

import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.SourceChecksum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of a package of compiled classes: every class there that declares a {@link Revision} and
 * implements {@link Migration}. The checksum is that of the class's {@code .java} source where the application
 * packages it next to the class (as a resource); without it, edits cannot be detected and none is recorded.
 */
public final class MigrationClasses {

    private MigrationClasses() {
    }

    public static List<MigrationSource> inPackage(ClassLoader loader, String packageName) {
        List<MigrationSource> sources = new ArrayList<>();
        for (String name : PackageScanner.classNames(loader, packageName)) {
            Class<?> type = load(loader, name);
            if (type.isAnnotationPresent(Revision.class)) {
                if (!Migration.class.isAssignableFrom(type)) {
                    throw new IllegalStateException(name + " declares a @Revision but does not implement "
                            + Migration.class.getName());
                }
                sources.add(of(type.asSubclass(Migration.class)));
            }
        }
        return sources;
    }

    /** One migration class, with the checksum of its source resource if there is one. */
    public static MigrationSource of(Class<? extends Migration> type) {
        return MigrationSource.ofClass(type, sourceChecksum(type));
    }

    private static Optional<String> sourceChecksum(Class<?> type) {
        try (InputStream source = type.getResourceAsStream(MigrationSource.sourceFileName(type))) {
            if (source == null) {
                return Optional.empty();
            }
            return Optional.of(SourceChecksum.ofUtf8(source.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source of " + type.getName(), e);
        }
    }

    /** Why without initialising: scanning must not run static initialisers of unrelated classes. */
    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name + " while looking for migrations", e);
        }
    }
}
