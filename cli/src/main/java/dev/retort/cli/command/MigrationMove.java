package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.AcceptedHazards;
import dev.retort.migration.runner.Direction;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.migration.runner.RunResult;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code upgrade} and {@code downgrade} share: run to a target, or print the SQL that would run. */
final class MigrationMove {

    private MigrationMove() {
    }

    /** Runs (or, with {@code sql}, prints) the move to the target; a {@code FROM:TO} range needs no database. */
    static int run(CliEnvironment environment, CommandSpec spec, GlobalOptions global, ConnectionOptions connection,
                   MigrationOptions migrations, Direction direction, String target, boolean sql,
                   boolean acceptHazards) {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (RunnerSession session = RunnerSession.open(configuration, direction.verb(), acceptHazards,
                output.progress())) {
            MigrationRunner runner = session.runner();
            if (sql) {
                output.print(statements(sqlFor(session, runner, direction, target)));
                return ExitCode.OK;
            }
            RunResult result = direction == Direction.UPGRADE ? runner.upgrade(session.connection(), target)
                    : runner.downgrade(session.connection(), target);
            String accepted = direction == Direction.UPGRADE
                    ? AcceptedHazards.text(result.assessed(), acceptHazards) : "";
            output.print(summary(session.database(), result, target) + accepted);
            return ExitCode.OK;
        }
    }

    private static List<String> sqlFor(RunnerSession session, MigrationRunner runner, Direction direction,
                                       String target) {
        boolean range = target.contains(":");
        if (direction == Direction.UPGRADE) {
            return range ? runner.upgradeSql(target) : runner.upgradeSql(session.connection(), target);
        }
        return range ? runner.downgradeSql(target) : runner.downgradeSql(session.connection(), target);
    }

    /** Each statement on its own, terminated, as psql would take them. */
    static String statements(List<String> statements) {
        StringBuilder text = new StringBuilder();
        statements.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }

    private static String summary(String database, RunResult result, String target) {
        String verb = result.direction() == Direction.UPGRADE ? "applied" : "reverted";
        if (result.revisions().isEmpty()) {
            return database + " is already at " + target + "; nothing to do\n";
        }
        int count = result.revisions().size();
        return database + ": " + verb + " " + count + (count == 1 ? " migration" : " migrations") + " ("
                + String.join(", ", result.revisions()) + ")\n";
    }
}
