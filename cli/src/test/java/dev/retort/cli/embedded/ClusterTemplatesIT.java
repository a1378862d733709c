package dev.retort.cli.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** initdb runs once per version into the cache; later servers start from a copy of that cluster. */
class ClusterTemplatesIT {

    @TempDir
    Path cache;

    @Test
    void theFirstStartSavesATemplateAndTheNextStartsFromACopyOfIt() throws IOException, SQLException {
        ClusterTemplates templates = new ClusterTemplates(Optional.of(cache));
        Path template = templates.template(17).orElseThrow();
        EmbeddedServer first = EmbeddedServer.start(17, templates);
        first.stop();
        assertThat(Files.readString(template.resolve("PG_VERSION"))).isEqualTo("17\n");
        assertThat(Files.exists(template.resolve("postmaster.pid"))).isFalse();
        assertThat(Files.exists(template.resolve("epg-lock"))).isFalse();
        assertThat(Files.exists(first.dataDirectory())).isFalse();
        // A setting only the template has shows that the next server runs on a copy of it.
        Files.writeString(template.resolve("postgresql.auto.conf"), "retort.origin = 'template'\n");

        EmbeddedServer second = EmbeddedServer.start(17, templates);
        try (Connection connection = second.connect(EmbeddedServer.MAINTENANCE_DATABASE);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW retort.origin")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("template");
        } finally {
            second.stop();
        }
        assertThat(Files.exists(second.dataDirectory())).isFalse();
        assertThat(Files.readString(template.resolve("postgresql.auto.conf")))
                .isEqualTo("retort.origin = 'template'\n");
    }

    @Test
    void anUnwritableCacheFallsBackToInitdb() throws IOException, SQLException {
        Path notADirectory = Files.writeString(cache.resolve("file"), "");
        ClusterTemplates templates = new ClusterTemplates(Optional.of(notADirectory.resolve("retort")));
        EmbeddedServer server = EmbeddedServer.start(17, templates);
        try (Connection connection = server.connect(EmbeddedServer.MAINTENANCE_DATABASE);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(17);
        } finally {
            server.stop();
        }
        assertThat(Files.readString(notADirectory)).isEmpty();
        assertThat(Files.exists(server.dataDirectory())).isFalse();
    }

    @Test
    void aDamagedTemplateFallsBackToInitdbWhoseClusterReplacesIt() throws IOException, SQLException {
        ClusterTemplates templates = new ClusterTemplates(Optional.of(cache));
        Path template = Files.createDirectories(templates.template(17).orElseThrow());
        Files.writeString(template.resolve("PG_VERSION"), "17\n");
        Files.writeString(template.resolve("postgresql.conf"), "");
        EmbeddedServer server = EmbeddedServer.start(17, templates);
        try (Connection connection = server.connect(EmbeddedServer.MAINTENANCE_DATABASE);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(17);
        } finally {
            server.stop();
        }
        assertThat(Files.readString(template.resolve("PG_VERSION"))).isEqualTo("17\n");
        assertThat(Files.isDirectory(template.resolve("global"))).isTrue();
    }
}
