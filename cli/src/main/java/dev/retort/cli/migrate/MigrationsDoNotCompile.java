package dev.retort.cli.migrate;

import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.codegen.compile.MigrationCompileException;
import java.nio.file.Path;

/** Builds the usage failure for migration sources that do not compile, naming the folder and every error. */
final class MigrationsDoNotCompile {

    private MigrationsDoNotCompile() {
    }

    static CliFailure failure(Path directory, MigrationCompileException e) {
        return CliFailure.of(ExitCode.USAGE, "the migrations in " + directory + " do not compile; fix them and"
                + " run again:\n" + e.getMessage(), e);
    }
}
