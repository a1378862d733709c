package dev.retort.migration.graph;

import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One migration as the runtime knows it: its revision metadata, the checksum of its source text (absent when
 * the source is not at hand, e.g. compiled classes without their sources), where it comes from (for messages),
 * and how to instantiate it.
 */
public record MigrationSource(String id, List<String> parents, String message, String created,
                              Optional<String> checksum, String location, Supplier<? extends Migration> factory) {

    public MigrationSource {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * The migration a class declares with {@link Revision}, instantiated through its no-argument constructor;
     * the location is the name of the class's source file.
     */
    public static MigrationSource ofClass(Class<? extends Migration> type, Optional<String> checksum) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Revision annotation");
        }
        return new MigrationSource(revision.id(), List.of(revision.parents()), revision.message(),
                revision.created(), checksum, sourceFileName(type), () -> instantiate(type));
    }

    /** Creates a fresh instance of the migration. */
    public Migration instantiate() {
        return factory.get();
    }

    /** {@code location (revision id)}, how messages name a migration. */
    public String describe() {
        return location + " (revision " + id + ")";
    }

    /** The file a top-level or nested class is declared in, by Java's naming rule. */
    public static String sourceFileName(Class<?> type) {
        Class<?> topLevel = type;
        while (topLevel.getEnclosingClass() != null) {
            topLevel = topLevel.getEnclosingClass();
        }
        return topLevel.getSimpleName() + ".java";
    }

    private static Migration instantiate(Class<? extends Migration> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate migration " + type.getName()
                    + ": it needs a public no-argument constructor", e);
        }
    }
}
