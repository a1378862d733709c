package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.compare.Autogenerate;
import dev.retort.cli.compare.Comparison;
import dev.retort.cli.compare.EntityScan;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.database.Workspace;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.EntityOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.options.RenameOptions;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.PlanJson;
import dev.retort.cli.output.PlanReview;
import dev.retort.diff.RenameHint;
import dev.retort.plan.MigrationPlan;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code diff} and {@code check} share: the options, the comparison (which never asks about renames), the
 * JSON document, and the heading of the text; each command adds its exit code and what follows the heading.
 */
abstract class PendingChangesCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RenameOptions renames;

    @Mixin
    private JsonOption json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private EntityOptions entities;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    PendingChangesCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Whether to start the scratch database's server before it is known to be needed (faster when changes are
     * pending, wasted when there are none).
     */
    abstract boolean scratchEarly();

    /** The command's exit code for what the comparison found. */
    abstract int exitCode(Comparison comparison);

    /** The text after the heading when changes are pending. */
    abstract String details(MigrationPlan plan, PlanReview review);

    @Override
    public final Integer call() throws SQLException {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Comparison comparison = compare(output);
        if (json.json()) {
            output.print(JsonWriter.write(PlanJson.document(comparison.current().database(),
                    comparison.current().revision(), comparison.plan())));
        } else {
            String details = comparison.plan().isEmpty() ? ""
                    : "\n" + details(comparison.plan(), new PlanReview(output.style()));
            output.print(heading(comparison) + details);
        }
        return exitCode(comparison);
    }

    private Comparison compare(CommandOutput output) throws SQLException {
        List<RenameHint> hints = renames.hints();
        Configuration configuration = global.resolve(environment, connection, entities, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        try (EntityScan scan = EntityScan.prepare(configuration);
             Workspace workspace = Workspace.open(configuration, environment.migrations(), output.progress(),
                     scratchEarly())) {
            return Autogenerate.compare(scan, workspace, hints, output.progress());
        }
    }

    /** The heading of the human output: the database, its revision and how many changes are pending. */
    private static String heading(Comparison comparison) {
        int count = comparison.plan().steps().size();
        String revision = comparison.current().revision().map(r -> " at revision " + r).orElse("");
        String changes = count == 0 ? "no changes; the entities match the database"
                : count + (count == 1 ? " change" : " changes") + " pending";
        return comparison.current().database() + revision + ": " + changes + "\n";
    }
}
