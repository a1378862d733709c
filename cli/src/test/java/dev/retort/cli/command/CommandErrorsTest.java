package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ExpectedFailure;
import dev.retort.cli.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure that needs no database ends with its exit code and exactly one line on standard error, and
 * nothing on standard output; no database is started for a failure the configuration already shows.
 */
class CommandErrorsTest {

    private static final String MISSING_CLASSPATH = "entities.classpath is not set: pass --classpath DIR, set "
            + "RETORT_CLASSPATH, or add entities.classpath=DIR to retort.properties (the compiled entity classes, "
            + "e.g. target/classes); 'retort init' writes a retort.properties to start from";

    @TempDir
    Path dir;

    private CliRun.Result run(String... args) {
        return CliRun.in(dir).execute(args);
    }

    private static void failed(CliRun.Result result, int exit, String message) {
        assertThat(result.exit()).isEqualTo(exit);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + message + "\n");
    }

    @Test
    void missingClassPathConfiguration() {
        failed(run("diff"), 2, MISSING_CLASSPATH);
        failed(run("check", "--json"), 2, MISSING_CLASSPATH);
        failed(run("entities"), 2, MISSING_CLASSPATH);
    }

    @Test
    void missingClassPathConfigurationForAutogenerate() {
        ExpectedFailure.expect(CliRun.in(dir), 2, MISSING_CLASSPATH, "revision", "--autogenerate", "-m", "users");
    }

    @Test
    void classPathThatDoesNotExist() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "entities.classpath=build/classes\n");
        failed(run("diff"), 2, "entities.classpath (from retort.properties) names " + dir.resolve("build/classes")
                + ", which does not exist; point it at the compiled entity classes (e.g. target/classes) or their jar");
    }

    @Test
    void theLayersReachCommandsInOrderOptionEnvironmentFile() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "entities.classpath=from-file\n");
        CliRun withEnvironment = CliRun.in(dir).withVariables(Map.of("RETORT_CLASSPATH", "from-env"));
        String remedy = ", which does not exist; point it at the compiled entity classes (e.g. target/classes) "
                + "or their jar";
        failed(withEnvironment.execute("diff", "--classpath", "from-option"), 2,
                "entities.classpath (from --classpath) names " + dir.resolve("from-option") + remedy);
        failed(withEnvironment.execute("diff"), 2,
                "entities.classpath (from RETORT_CLASSPATH) names " + dir.resolve("from-env") + remedy);
        failed(run("diff"), 2,
                "entities.classpath (from retort.properties) names " + dir.resolve("from-file") + remedy);
    }

    @Test
    void classPathEntryThatIsNoJar() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("entities.jar"), "not a zip");
        failed(run("entities", "--classpath", notAJar.toString()), 2, "entities.classpath (from --classpath) names "
                + notAJar + ", which is neither a directory nor a readable jar (zip END header not found); name "
                + "directories of compiled classes and jar files");
    }

    @Test
    void classPathWithoutEntities() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("classes"));
        CliRun.Result result = run("entities", "--classpath", empty.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errWithoutProgress()).isEqualTo("retort: cannot scan the entity classes: no @Entity "
                + "classes found on [" + empty + "]; check entities.classpath (the compiled classes, e.g. "
                + "target/classes) and entities.packages\n");
    }

    @Test
    void urlOfAnotherDatabaseKind() {
        failed(CliRun.in(dir).withVariables(Map.of("RETORT_URL", "jdbc:mysql://root:pw@localhost/shop"))
                        .execute(with("diff", Fixtures.scenario("addfield", "after"))), 2,
                "url (from RETORT_URL) 'jdbc:mysql://root@localhost/shop' is not a PostgreSQL URL; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void urlWithoutAHost() {
        ExpectedFailure.expect(CliRun.in(dir), 2, "url (from --url) 'jdbc:postgresql:///shop' names no host; write "
                + "jdbc:postgresql://HOST[:PORT]/DATABASE", "upgrade", "--url", "jdbc:postgresql:///shop");
    }

    @Test
    void unreachableDatabase() {
        String[] args = with("check", Fixtures.scenario("addfield", "after"), "--url",
                "jdbc:postgresql://127.0.0.1:1/app?password=hunter2");
        failed(run(args), 3, "cannot connect to PostgreSQL at postgresql://127.0.0.1:1/app (connection refused); "
                + "check url and that the server is running");
        failed(run(with("revision", Fixtures.scenario("addfield", "after"), "--autogenerate", "-m", "m", "--url",
                "jdbc:postgresql://127.0.0.1:1/app?password=hunter2")), 3, "cannot connect to PostgreSQL at "
                + "postgresql://127.0.0.1:1/app (connection refused); check url and that the server is running");
        assertThat(dir.resolve("src")).doesNotExist();
    }

    @Test
    void malformedRenameHint() {
        failed(run("diff", "--rename", "users.name"), 2, "--rename users.name: expected OLD=NEW, e.g. "
                + "users.name=full_name (a column) or users=customers (a table)");
        failed(run("diff", "--rename", "users.name=sales.full_name"), 2, "--rename users.name=sales.full_name: "
                + "the new name is a bare name (a rename never moves an object to another table or schema)");
    }

    @Test
    void invalidEmbeddedVersion() {
        failed(run(with("diff", Fixtures.scenario("addfield", "after"), "--embedded-version", "12")), 2,
                "embedded.version (from --embedded-version) '12' is not a bundled PostgreSQL major version; "
                        + "choose 14 to 18");
    }

    @Test
    void missingConfigFile() {
        String message = "the configuration file " + dir.resolve("conf/retort.properties") + " (from --config) does "
                + "not exist; create one with 'retort init' or correct --config";
        failed(run("diff", "--config", "conf/retort.properties"), 2, message);
        failed(run("--config", "conf/retort.properties", "diff"), 2, message);
    }

    @Test
    void unknownOptionAndMissingParameter() {
        failed(run("diff", "--bogus"), 2, "Unknown option: '--bogus' (see 'retort diff --help')");
        failed(run("check", "--url"), 2, "Missing required parameter for option '--url' (URL) "
                + "(see 'retort check --help')");
        failed(run("frobnicate"), 2, "Unmatched argument at index 0: 'frobnicate' (see 'retort --help')");
    }

    @Test
    void aTypoIsAnsweredWithTheCommandOrOptionItIsCloseTo() {
        failed(run("revison"), 2, "Unmatched argument at index 0: 'revison'; did you mean revision? "
                + "(see 'retort --help')");
        failed(run("diff", "--jsn"), 2, "Unknown option: '--jsn'; did you mean --json? (see 'retort diff --help')");
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheMessage() {
        CliRun.Result result = run("diff", "--verbose");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("retort: entities.classpath is not set: ")
                .contains("\ndev.retort.cli.failure.CliFailure: entities.classpath is not set")
                .contains("\tat dev.retort.cli.config.Configuration.classpath(");
    }

    @Test
    void unknownPropertiesAreWarnedAboutWithoutFailing() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "entities.clsspath=classes\n");
        CliRun.Result result = run("entities");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("retort: warning: retort.properties: unknown property "
                + "'entities.clsspath' is ignored\nretort: entities.classpath is not set: ");
    }

    static String[] with(String command, String[] middle, String... last) {
        String[] all = new String[1 + middle.length + last.length];
        all[0] = command;
        System.arraycopy(middle, 0, all, 1, middle.length);
        System.arraycopy(last, 0, all, 1 + middle.length, last.length);
        return all;
    }
}
