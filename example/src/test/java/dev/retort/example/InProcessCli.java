package dev.retort.example;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.RetortMain;
import dev.retort.cli.migrate.RuntimeMigrationSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Runs the Retort CLI in-process, as {@code ./retort} would in a given directory, capturing both streams. */
final class InProcessCli {

    private final CliEnvironment environment;

    private InProcessCli(CliEnvironment environment) {
        this.environment = environment;
    }

    /** A run in {@code workingDirectory}, without environment variables and without a terminal. */
    static InProcessCli in(Path workingDirectory) {
        return new InProcessCli(new CliEnvironment(workingDirectory, Map.of(), false, new RuntimeMigrationSupport(),
                Optional.empty()));
    }

    Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = RetortMain.arguments(args);
        var cli = RetortMain.commandLine(environment, arguments);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(arguments);
        return new Result(exit, out.toString(), err.toString());
    }

    /** What a run printed and how it exited. */
    record Result(int exit, String out, String err) {
    }
}
