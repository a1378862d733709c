package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.JsonWriter;
import dev.retort.migration.runner.DatabaseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code retort current}: the revision(s) the live database is at, and the applied migrations since edited. */
@Command(name = "current", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the revision(s) the database in url is at, and any applied migration whose source "
                + "has changed since."})
public final class CurrentCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public CurrentCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (RunnerSession session = RunnerSession.open(configuration, "current", false, output.progress())) {
            DatabaseStatus status = session.runner().status(session.connection());
            List<String> heads = session.runner().graph().heads();
            if (json.json()) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("database", session.database());
                document.put("current", status.currentHeads());
                document.put("head", status.currentHeads().equals(heads) && !heads.isEmpty());
                document.put("edited", status.edited());
                document.put("unknown", status.unknown());
                output.print(JsonWriter.write(document));
                return ExitCode.OK;
            }
            output.print(text(session.database(), status, heads));
            return ExitCode.OK;
        }
    }

    private static String text(String database, DatabaseStatus status, List<String> heads) {
        StringBuilder text = new StringBuilder();
        if (status.currentHeads().isEmpty()) {
            text.append(database).append(": no revision applied\n");
        }
        status.currentHeads().forEach(revision -> text.append(revision)
                .append(heads.contains(revision) ? " (head)" : "").append('\n'));
        status.edited().forEach(revision -> text.append("warning: the source of ").append(revision)
                .append(" changed after it was applied\n"));
        status.unknown().forEach(revision -> text.append("warning: ").append(revision)
                .append(" is applied but no migration declares it\n"));
        return text.toString();
    }
}
