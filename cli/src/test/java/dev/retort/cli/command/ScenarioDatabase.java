package dev.retort.cli.command;

import dev.retort.cli.Fixtures;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.NamingPreset;
import dev.retort.scan.ScanOptions;
import dev.retort.sql.CreateDdl;
import dev.retort.testing.pg.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a test database from one side of a fixture scenario, and the CLI arguments that point at it. */
final class ScenarioDatabase {

    private ScenarioDatabase() {
    }

    /** Creates in {@code db} the schema the scenario's {@code side} entities describe. */
    static void build(TestDatabase db, String scenario, String side) {
        ScanOptions options = new ScanOptions(List.of(Fixtures.classpath()),
                List.of(Fixtures.SCENARIOS + scenario + "." + side), NamingPreset.hibernate(), db.majorVersion(),
                List.of("public"));
        CreateDdl.createAll(EntityScanner.create(options).scan().model()).forEach(db::execute);
    }

    /** {@code COMMAND --url URL --user USER} with the scenario's {@code side} classes, then {@code extra}. */
    static String[] args(String command, TestDatabase db, String scenario, String side, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--url", db.jdbcUrl(), "--user", db.user()));
        if (!db.password().isEmpty()) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of(Fixtures.scenario(scenario, side)));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /**
     * {@code ARGS --url URL --user USER --migrations-dir DIR}: a command that runs migrations, which takes no
     * entity options.
     */
    static String[] migrating(TestDatabase db, Path migrations, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user(), "--migrations-dir", migrations.toString()));
        if (!db.password().isEmpty()) {
            all.addAll(List.of("--password", db.password()));
        }
        return all.toArray(String[]::new);
    }

    /** How output names the test database: its URL without the {@code jdbc:} prefix. */
    static String display(TestDatabase db) {
        return db.jdbcUrl().substring("jdbc:".length());
    }
}
