package dev.retort.testing.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PostgresExtensionIT {

    private static final List<Integer> VERSIONS_SEEN = new ArrayList<>();

    @PostgresTest
    void givesAnEmptyDatabaseOfTheRequestedVersion(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(db.name()).isEqualTo(currentDatabase(db));
        synchronized (VERSIONS_SEEN) {
            VERSIONS_SEEN.add(db.majorVersion());
        }
    }

    @PostgresTest
    void createAnotherGivesASeparateDatabaseThatIsDroppedOnClose(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE only_here (id int)");
        String otherName;
        try (TestDatabase other = db.createAnother()) {
            otherName = other.name();
            assertThat(otherName).isNotEqualTo(db.name());
            assertThat(other.majorVersion()).isEqualTo(db.majorVersion());
            assertThat(tableCount(other)).isZero();
        }
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + otherName + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void settingsRejectUnsupportedVersions() {
        String previous = System.getProperty("retort.test.pg.version");
        try {
            System.setProperty("retort.test.pg.version", "13");
            org.assertj.core.api.Assertions.assertThatThrownBy(PostgresTestSettings::versions)
                    .hasMessage("PostgreSQL 13 is not supported; choose 14 to 18");
            System.setProperty("retort.test.pg.version", "16, 18");
            assertThat(PostgresTestSettings.versions()).containsExactly(16, 18);
        } finally {
            if (previous == null) {
                System.clearProperty("retort.test.pg.version");
            } else {
                System.setProperty("retort.test.pg.version", previous);
            }
        }
    }

    @AfterAll
    static void everySelectedVersionRan() {
        if (PostgresTestSettings.externalUrl().isEmpty()) {
            assertThat(VERSIONS_SEEN).containsExactlyInAnyOrderElementsOf(PostgresTestSettings.versions());
        }
    }

    private static String currentDatabase(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int tableCount(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
