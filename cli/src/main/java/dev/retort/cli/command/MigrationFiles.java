package dev.retort.cli.command;

import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.codegen.GeneratedMigration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration files of {@code migrations.dir}, and their replacement by one new migration done so that a failure
 * leaves the old files in place: the old ones are first renamed aside, and only removed once the new one is in.
 */
final class MigrationFiles {

    /** The suffix of an old migration renamed aside; not {@code .java}, so no compile picks it up meanwhile. */
    private static final String ASIDE = ".retort-old";

    private MigrationFiles() {
    }

    /** The source files that declare migrations (compiled to tell them from other sources). */
    static List<Path> existing(Configuration configuration) {
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            return loaded.sourceFiles();
        }
    }

    /** Writes the new migration in place of the old ones; returns the file written. */
    static Path replace(Path dir, GeneratedMigration migration, List<Path> old) throws IOException {
        Path target = dir.resolve(migration.fileName());
        if (Files.exists(target) && !old.contains(target)) {
            throw CliFailure.usage(target + " already exists and is not a migration; move it away and run again");
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".retort-new-", ".tmp");
        List<Path> aside = new ArrayList<>();
        try {
            Files.writeString(temp, migration.source(), StandardCharsets.UTF_8);
            for (Path file : old) {
                aside.add(Files.move(file, file.resolveSibling(file.getFileName() + ASIDE)));
            }
            Files.move(temp, target);
        } catch (IOException | RuntimeException e) {
            restore(old, aside);
            Files.deleteIfExists(temp);
            throw e;
        }
        for (Path file : aside) {
            Files.delete(file);
        }
        return target;
    }

    /** Puts back the old files already renamed aside. */
    private static void restore(List<Path> old, List<Path> aside) throws IOException {
        for (int i = aside.size() - 1; i >= 0; i--) {
            Files.move(aside.get(i), old.get(i));
        }
    }
}
