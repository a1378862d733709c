package dev.retort.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRun;
import dev.retort.cli.ExpectedFailure;
import dev.retort.cli.Fixtures;
import dev.retort.cli.embedded.PasswordServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that refuses the login exits 3 with one line that names the user and the URL, never the password. */
class ConnectionFailureIT {

    private static PasswordServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = PasswordServer.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    private CliRun.Result check(Map<String, String> variables, String... connection) {
        return CliRun.in(dir).withVariables(variables).execute(CommandErrorsTest.with("check",
                Fixtures.scenario("addfield", "before"), connection));
    }

    private static void failed(CliRun.Result result, String message) {
        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("retort: " + message + "\n");
    }

    @Test
    void wrongPassword() {
        failed(check(Map.of(), "--url", url("shop"), "--user", "alice", "--password", "hunter2"),
                "authentication failed for user \"alice\" on postgresql://localhost:" + server.port() + "/shop; "
                        + "check user and password (--password, RETORT_PASSWORD or PGPASSWORD)");
    }

    @Test
    void wrongPasswordOnUpgradeAndOnDiff() {
        String message = "authentication failed for user \"alice\" on postgresql://localhost:" + server.port()
                + "/shop; check user and password (--password, RETORT_PASSWORD or PGPASSWORD)";
        String[] login = {"--url", url("shop"), "--user", "alice", "--password", "hunter2"};
        ExpectedFailure.expect(CliRun.in(dir), 3, message, CommandErrorsTest.with("upgrade", login));
        ExpectedFailure.expect(CliRun.in(dir), 3, message, CommandErrorsTest.with("diff",
                Fixtures.scenario("addfield", "before"), login));
        // Why revision too: it connects on a thread of its own while it loads the migrations.
        ExpectedFailure.expect(CliRun.in(dir), 3, message, CommandErrorsTest.with("revision",
                Fixtures.scenario("addfield", "before"), "--autogenerate", "-m", "m", login[0], login[1], login[2],
                login[3], login[4], login[5]));
    }

    @Test
    void wrongPasswordFromPgpasswordAndUserFromTheUrl() {
        failed(check(Map.of("PGPASSWORD", "hunter2"), "--url", "postgresql://alice@localhost:" + server.port()
                        + "/shop"),
                "authentication failed for user \"alice\" on postgresql://alice@localhost:" + server.port() + "/shop; "
                        + "check user and password (--password, RETORT_PASSWORD or PGPASSWORD)");
    }

    @Test
    void missingPassword() {
        failed(check(Map.of(), "--url", url("shop"), "--user", "alice"),
                "PostgreSQL asks for a password for user \"alice\" on postgresql://localhost:" + server.port()
                        + "/shop; set --password, RETORT_PASSWORD or PGPASSWORD");
    }

    @Test
    void databaseThatDoesNotExist() {
        failed(check(Map.of(), "--url", url("nowhere"), "--user", "postgres"),
                "the database of postgresql://localhost:" + server.port() + "/nowhere does not exist; create it "
                        + "or correct url");
    }

    @Test
    void rightPasswordConnects() {
        CliRun.Result result = check(Map.of("RETORT_PASSWORD", "secret"), "--url", url("shop"), "--user", "alice");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("postgresql://localhost:" + server.port() + "/shop: 1 change pending\n");
    }
}
