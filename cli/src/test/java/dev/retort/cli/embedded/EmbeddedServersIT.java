package dev.retort.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.cli.failure.CliFailure;
import dev.retort.cli.output.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** One server per major version per command, stopped with its files removed when the command ends. */
class EmbeddedServersIT {

    @Test
    void startsTheRequestedVersionOnceAndRemovesEverythingOnClose() throws SQLException {
        StringWriter err = new StringWriter();
        EmbeddedServer server;
        try (EmbeddedServers servers = new EmbeddedServers(new Progress(new PrintWriter(err)))) {
            server = servers.start(16).await();
            assertThat(servers.start(16).await()).isSameAs(server);
            assertThat(Files.isDirectory(server.dataDirectory())).isTrue();
            try (Connection connection = server.createDatabase("retort_scratch_check");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000, "
                         + "current_database()")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(16);
                assertThat(rs.getString(2)).isEqualTo("retort_scratch_check");
            }
        }
        assertThat(err.toString()).isEqualTo("starting embedded PostgreSQL 16...\n");
        assertThat(Files.exists(server.dataDirectory())).isFalse();
        assertThatThrownBy(() -> server.connect(EmbeddedServer.MAINTENANCE_DATABASE).close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aVersionWithoutBinariesFailsAsADatabaseFailure() {
        try (EmbeddedServers servers = new EmbeddedServers(new Progress(new PrintWriter(new StringWriter())))) {
            EmbeddedServers.PendingServer pending = servers.start(13);
            assertThatThrownBy(pending::await)
                    .isInstanceOfSatisfying(CliFailure.class, f -> assertThat(f.exitCode()).isEqualTo(3))
                    .hasMessage("cannot start the embedded PostgreSQL 13: retort bundles no PostgreSQL 13 binaries "
                            + "for Linux/x86_64; set url to use a database of your own");
        }
    }

    @Test
    void closingWhileAServerIsStillStartingWaitsAndStopsIt() {
        EmbeddedServers servers = new EmbeddedServers(new Progress(new PrintWriter(new StringWriter())));
        EmbeddedServers.PendingServer pending = servers.start(17);
        servers.close();
        EmbeddedServer server = pending.await();
        assertThat(Files.exists(server.dataDirectory())).isFalse();
        assertThatThrownBy(() -> server.connect(EmbeddedServer.MAINTENANCE_DATABASE).close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> servers.start(17)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the embedded servers of this command were stopped already");
    }
}
