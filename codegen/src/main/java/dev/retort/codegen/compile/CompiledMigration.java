package dev.retort.codegen.compile;

import dev.retort.migration.Migration;

/**
 * A compiled migration class, the source file it came from (relative to the migrations folder) and that file's
 * {@link dev.retort.migration.graph.SourceChecksum checksum}.
 */
public record CompiledMigration(Class<? extends Migration> type, String source, String checksum) {

    /** A new instance, through the public no-argument constructor every migration class has. */
    public Migration newInstance() throws ReflectiveOperationException {
        return type.getDeclaredConstructor().newInstance();
    }
}
