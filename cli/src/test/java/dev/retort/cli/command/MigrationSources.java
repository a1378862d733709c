package dev.retort.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes hand-made migration classes into a migrations folder, for the commands that run them. */
final class MigrationSources {

    /** An upgrade body that does not compile. */
    static final String BROKEN = "ops.nothing();";

    private MigrationSources() {
    }

    /**
     * Writes {@code db.migrations.CLASS} with revision {@code id}, the given parent ids and {@code upgrade} as the
     * body of its upgrade (which may use {@code Hazard}, {@code Column} and {@code QualifiedName}); its downgrade
     * is empty.
     */
    static Path write(Path migrations, String className, String id, String upgrade, String... parents)
            throws IOException {
        Files.createDirectories(migrations);
        String parentList = Arrays.stream(parents).map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        return Files.writeString(migrations.resolve(className + ".java"), """
                package db.migrations;

                import dev.retort.hazard.Hazard;
                import dev.retort.migration.Migration;
                import dev.retort.migration.Operations;
                import dev.retort.migration.Revision;
                import dev.retort.model.Column;
                import dev.retort.model.QualifiedName;

                @Revision(id = "%s", parents = {%s}, message = "test", created = "2026-01-01T00:00:00Z")
                public class %s implements Migration {
                    public void upgrade(Operations ops) {
                        %s
                    }

                    public void downgrade(Operations ops) {
                    }
                }
                """.formatted(id, parentList, className, upgrade));
    }

    /** What javac says of a migration {@code className} written with the {@link #BROKEN} body. */
    static String brokenError(String className) {
        return className + ".java:13: error: cannot find symbol\n  symbol:   method nothing()\n"
                + "  location: variable ops of type dev.retort.migration.Operations";
    }
}
