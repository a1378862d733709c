package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.DatabaseContext;
import dev.retort.cli.output.GraphJson;
import dev.retort.cli.output.GraphRevision;
import dev.retort.cli.output.GraphText;
import dev.retort.cli.output.JsonWriter;
import dev.retort.migration.graph.HistoryRange;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.runner.DatabaseStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort history}: the revision graph, newest first, optionally marked with where the database is. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the revisions of migrations.dir newest first (children before parents): "
                + "PARENTS -> ID (markers), message. --verbose also shows each revision's file, creation time and "
                + "checksum; --indicate-current marks the revision(s) the database in url is at and the applied "
                + "migrations whose source has changed since."})
public final class HistoryCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only FROM:TO, FROM and its descendants up to TO; either side may be empty (base, heads).")
    private String range;

    @Option(names = {"-i", "--indicate-current"},
            description = "Mark the revision(s) the database in url is at, and the edited ones.")
    private boolean indicateCurrent;

    @Mixin
    private JsonOption json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public HistoryCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (RunnerSession session = RunnerSession.open(configuration, "history --indicate-current", false,
                output.progress())) {
            RevisionGraph graph = session.runner().graph();
            Optional<DatabaseStatus> status = indicateCurrent
                    ? Optional.of(session.runner().status(session.connection())) : Optional.empty();
            List<String> currentHeads = status.map(DatabaseStatus::currentHeads).orElse(List.of());
            List<String> ids = new ArrayList<>(range == null ? allIds(graph)
                    : HistoryRange.select(graph, range, currentHeads));
            Collections.reverse(ids);
            List<GraphRevision> revisions = ids.stream().map(id -> revision(graph, id, status)).toList();
            DatabaseContext context = status.map(s -> new DatabaseContext(Optional.of(session.database()),
                    s.currentHeads(), s.unknown())).orElseGet(DatabaseContext::none);
            output.print(json.json() ? JsonWriter.write(GraphJson.history(revisions, context))
                    : new GraphText(output.style()).history(revisions, global.verbose(), context));
            return ExitCode.OK;
        }
    }

    private static List<String> allIds(RevisionGraph graph) {
        return graph.revisions().stream().map(MigrationSource::id).toList();
    }

    private static GraphRevision revision(RevisionGraph graph, String id, Optional<DatabaseStatus> status) {
        Optional<GraphRevision.DatabaseMark> mark = status.map(s -> new GraphRevision.DatabaseMark(
                s.currentHeads().contains(id), s.edited().contains(id)));
        return new GraphRevision(graph.get(id), graph.children(id), mark);
    }
}
