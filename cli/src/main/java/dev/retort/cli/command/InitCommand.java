package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.PropertiesFile;
import dev.retort.cli.config.PropertiesTemplate;
import dev.retort.cli.config.Property;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.failure.FailureHandler;
import dev.retort.cli.options.ConfigOptions;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.EntityOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort init [DIR]}: writes a commented retort.properties and creates the migrations folder. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a commented retort.properties in DIR (default: the working directory) and creates "
                + "the migrations folder. Options given here are written as the file's values (never a password)."})
public final class InitCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project directory.")
    private String directory;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private EntityOptions entities;

    @Mixin
    private MigrationOptions migrations;

    @Option(names = FailureHandler.VERBOSE, description = "Print stack traces with errors.")
    private boolean verbose;

    public InitCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path project = environment.workingDirectory().resolve(directory == null ? "." : directory).normalize();
        Path file = project.resolve(PropertiesFile.DEFAULT_NAME);
        if (Files.exists(file)) {
            throw CliFailure.usage(file + " exists already; edit it, or remove it to start over");
        }
        Map<Property, String> given = new EnumMap<>(Property.class);
        for (ConfigOptions group : new ConfigOptions[] {connection, entities, migrations}) {
            group.addTo(given);
        }
        if (given.remove(Property.PASSWORD) != null) {
            new Progress(spec.commandLine().getErr()).warn("the password is not written to " + file
                    + "; set RETORT_PASSWORD or PGPASSWORD instead");
        }
        Files.createDirectories(project);
        Files.writeString(file, PropertiesTemplate.render(given), StandardCharsets.UTF_8);
        out.println("wrote " + file);
        Path migrationsDir = project.resolve(given.getOrDefault(Property.MIGRATIONS_DIR,
                Property.MIGRATIONS_DIR.defaultValue().orElseThrow())).normalize();
        if (Files.isDirectory(migrationsDir)) {
            out.println("the migrations folder " + migrationsDir + " exists already");
        } else {
            Files.createDirectories(migrationsDir);
            out.println("created " + migrationsDir);
        }
        out.flush();
        return ExitCode.OK;
    }
}
