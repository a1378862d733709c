package dev.retort.cli.command;

import dev.retort.cli.CliEnvironment;
import dev.retort.cli.config.Configuration;
import dev.retort.cli.config.DatabaseUrl;
import dev.retort.cli.database.LiveDatabase;
import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.failure.ExitCode;
import dev.retort.cli.migrate.LoadedMigrations;
import dev.retort.cli.options.ConnectionOptions;
import dev.retort.cli.options.GlobalOptions;
import dev.retort.cli.options.JsonOption;
import dev.retort.cli.options.MigrationOptions;
import dev.retort.cli.output.JsonWriter;
import dev.retort.cli.output.ReviewJson;
import dev.retort.cli.output.ReviewText;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.TargetResolver;
import dev.retort.migration.runner.MigrationReview;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.migration.runner.ReviewedMigration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort review}: the hazards of pending (or chosen) migrations and whether their sources accept them. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the hazards of the migrations not yet applied to the database in url (or of REV "
                + "only), each with its explanation, safe alternative and whether the migration's source accepts "
                + "it, as upgrade's gate assesses them. Without url, every migration (or REV) is reviewed as it "
                + "would meet a database at its parent revision whose existing tables may hold rows. Exit 1 when "
                + "a blocking hazard is not accepted, 2 when an operation is still to be written."})
public final class ReviewCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REV",
            description = "Review only this revision (an id or prefix, head, heads, REV+N...).")
    private String revision;

    @Mixin
    private JsonOption json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private MigrationOptions migrations;

    @Mixin
    private GlobalOptions global;

    public ReviewCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandOutput output = CommandOutput.of(spec, global, environment);
        Configuration configuration = global.resolve(environment, connection, migrations);
        configuration.warnings().forEach(output.progress()::warn);
        Optional<DatabaseUrl> url = configuration.url();
        try (LoadedMigrations loaded = LoadedMigrations.load(configuration)) {
            MigrationReview review = new MigrationReview(loaded.graph(), LoadedMigrations.settings(configuration,
                    false).withOfflineServerMajorVersion(configuration.embeddedVersion()));
            if (url.isEmpty()) {
                List<String> chosen = revision == null ? ids(loaded.graph()) : resolve(loaded.graph(), List.of());
                String heading = chosen.isEmpty() ? "no url, and no migrations in " + configuration.migrationsDir()
                        + "; nothing to review" : offlineHeading(chosen.size());
                return report(output, Optional.empty(), heading, review.each(chosen, Optional.empty()));
            }
            try (LiveDatabase live = LiveDatabase.connect(url.get(), configuration)) {
                String database = live.url().display();
                if (revision == null) {
                    List<ReviewedMigration> pending = review.pending(live.connection());
                    return report(output, Optional.of(database), database + ": " + (pending.isEmpty()
                            ? "no migration pending; nothing to review" : migrationCount(pending.size()) + " pending"),
                            pending);
                }
                List<String> heads = new MigrationRunner(loaded.graph(), LoadedMigrations.settings(configuration,
                        false)).status(live.connection()).currentHeads();
                List<String> chosen = resolve(loaded.graph(), heads);
                return report(output, Optional.of(database), database + ": reviewing " + migrationCount(
                        chosen.size()), review.each(chosen, Optional.of(live.connection())));
            }
        }
    }

    private int report(CommandOutput output, Optional<String> database, String heading,
                       List<ReviewedMigration> reviewed) {
        output.print(json.json() ? JsonWriter.write(ReviewJson.document(database, reviewed))
                : new ReviewText(output.style()).render(heading, reviewed));
        List<String> incomplete = reviewed.stream().flatMap(m -> m.incomplete().stream()).toList();
        long unaccepted = reviewed.stream().mapToLong(ReviewedMigration::blockingUnaccepted).sum();
        String hazards = plural(unaccepted, "blocking hazard") + " not accepted; after review, accept each on its operation"
                + " with .accept(Hazard.NAME, \"reason\"), or run upgrade with --accept-hazards";
        if (!incomplete.isEmpty()) {
            throw CliFailure.usage(plural(incomplete.size(), "operation") + " still to be written before the migrations can"
                    + " run" + (unaccepted > 0 ? " (and " + hazards + ")" : "") + ":\n  "
                    + String.join("\n  ", incomplete));
        }
        if (unaccepted > 0) {
            throw CliFailure.of(ExitCode.NO, hazards, null);
        }
        return ExitCode.OK;
    }

    /** The revisions REV names; {@code +N} and {@code -N} count from the database's current revision. */
    private List<String> resolve(RevisionGraph graph, List<String> currentHeads) {
        List<String> chosen = new TargetResolver(graph).resolve(revision, currentHeads)
                .revisions();
        if (chosen.isEmpty()) {
            throw CliFailure.usage("'" + revision + "' names base, which has no migration to review; name a"
                    + " revision, head or heads");
        }
        return chosen;
    }

    private static List<String> ids(RevisionGraph graph) {
        return graph.inOrder(graph.revisions().stream().map(MigrationSource::id).toList());
    }

    private static String offlineHeading(int count) {
        return "no url: reviewing " + migrationCount(count) + (count == 1 ? " as it" : ", each as it") + " would"
                + " meet a database at its parent revision whose tables may hold rows";
    }

    private static String migrationCount(int count) {
        return plural(count, "migration");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
