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
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.options.RenameOptions;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.PlanJson;
import dev.retort.diff.RenameHint;
import java.sql.SQLException;
import java.util.List;

/** What {@code diff} and {@code check} share: the options, the comparison, and the JSON document. */
final class PendingChanges {

    private PendingChanges() {
    }

    /**
     * Compares the entities with the current schema.
     *
     * @param scratchEarly start the scratch database's server before it is known to be needed (faster when
     *                     changes are pending, wasted when there are none)
     */
    static Comparison compare(CliEnvironment environment, CommandOutput output, GlobalOptions global,
                              ConnectionOptions connection, EntityOptions entities, MigrationOptions migrations,
                              RenameOptions renames, boolean scratchEarly) throws SQLException {
        List<RenameHint> hints = renames.hints();
        Configuration configuration = global.resolve(environment, connection, entities, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        EntityScan scan = EntityScan.prepare(configuration);
        try (Workspace workspace = Workspace.open(configuration, environment.migrations(), output.progress(),
                scratchEarly)) {
            return Autogenerate.compare(scan, workspace, hints, output.progress());
        }
    }

    static String json(Comparison comparison) {
        return JsonWriter.write(PlanJson.document(comparison.current().database(), comparison.current().revision(),
                comparison.plan()));
    }

    /** The heading of the human output: the database, its revision and how many changes are pending. */
    static String heading(Comparison comparison) {
        int count = comparison.plan().steps().size();
        String revision = comparison.current().revision().map(r -> " at revision " + r).orElse("");
        String changes = count == 0 ? "no changes; the entities match the database"
                : count + (count == 1 ? " change" : " changes") + " pending";
        return comparison.current().database() + revision + ": " + changes + "\n";
    }
}
