package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.GraphRevision;
import dev.retort.cli.output.RevisionShow;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.TargetResolver;
import dev.retort.migration.runner.Direction;
import dev.retort.migration.runner.MigrationStateException;
import dev.retort.migration.runner.RevisionPreview;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort show}: one revision's metadata, operations, hazards and SQL. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows one revision: its id, parents, message, file, creation time and checksum, then the "
                + "operations of its upgrade and downgrade with their hazards (explanation and safe alternative) "
                + "and SQL. With url the hazards use the sizes of the tables in that database; without, sizes are "
                + "unknown and every existing table may hold rows. upgrade --sql shows the whole script."})
public final class ShowCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REV",
            description = "A revision id or unique prefix, head, or a relative target such as head-1.")
    private String revision;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public ShowCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws SQLException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (RunnerSession session = RunnerSession.open(configuration, "show", false, output.progress())) {
            RevisionGraph graph = session.runner().graph();
            boolean live = configuration.url().isPresent();
            List<String> currentHeads = live ? session.runner().status(session.connection()).currentHeads()
                    : List.of();
            MigrationSource source = single(graph, currentHeads);
            String assessment = live ? "Hazards assessed against " + session.database()
                    + ", with the sizes its tables have now."
                    : "Hazards assessed offline: table sizes are unknown, so every table the revision does not "
                    + "create counts as holding rows (with url they come from that database).";
            List<RevisionShow.Body> bodies = List.of(body(session, source, Direction.UPGRADE, configuration),
                    body(session, source, Direction.DOWNGRADE, configuration));
            output.print(new RevisionShow(output.style()).render(GraphRevision.of(graph, source.id()), assessment,
                    bodies));
            return ExitCode.OK;
        }
    }

    /** The one revision REV names; base and several heads name none or too many. */
    private MigrationSource single(RevisionGraph graph, List<String> currentHeads) {
        List<String> ids = new TargetResolver(graph).resolve(revision, currentHeads).revisions();
        if (ids.isEmpty()) {
            throw CliFailure.usage("'" + revision + "' is base, before every revision: name a revision to show");
        }
        if (ids.size() > 1) {
            throw CliFailure.usage("'" + revision + "' names several revisions (" + String.join(", ", ids)
                    + "): show one at a time");
        }
        return graph.get(ids.get(0));
    }

    private RevisionShow.Body body(RunnerSession session, MigrationSource source, Direction direction,
                                   Configuration configuration) throws SQLException {
        try {
            RevisionPreview preview = configuration.url().isPresent()
                    ? RevisionPreview.live(session.connection(), source, direction)
                    : RevisionPreview.offline(source, direction, configuration.embeddedVersion());
            return new RevisionShow.Body(direction, Optional.of(preview), Optional.empty());
        } catch (MigrationStateException e) {
            String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            return new RevisionShow.Body(direction, Optional.empty(), Optional.of(why));
        }
    }
}
