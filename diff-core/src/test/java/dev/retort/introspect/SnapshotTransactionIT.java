package dev.retort.introspect;

import static dev.retort.introspect.Introspection.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class SnapshotTransactionIT {

    private static final String SCHEMA = """
            CREATE SCHEMA app;
            CREATE TABLE app.note (body text);
            """;

    private static final SchemaModel MODEL = SchemaModel.empty("app")
            .withTables(List.of(Table.of(name("app", "note"), List.of(Column.of("body", "text")))));

    @PostgresTest
    void leavesAnAutocommitConnectionAsItFoundIt(TestDatabase db) throws SQLException {
        db.execute(SCHEMA);
        try (Connection connection = db.connect()) {
            assertThat(new CatalogIntrospector().introspect(connection, List.of("app"))).isEqualTo(MODEL);

            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(settings(connection)).isEqualTo(new Settings("\"$user\", public", "read committed", "off"));
            execute(connection, "INSERT INTO app.note VALUES ('written after introspection')");
        }
        assertThat(noteCount(db)).isEqualTo(1);
    }

    @PostgresTest
    void leavesAManualCommitConnectionIdleAndWritable(TestDatabase db) throws SQLException {
        db.execute(SCHEMA);
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            assertThat(new CatalogIntrospector().introspect(connection, List.of("app"))).isEqualTo(MODEL);

            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(settings(connection)).isEqualTo(new Settings("\"$user\", public", "read committed", "off"));
            execute(connection, "INSERT INTO app.note VALUES ('written after introspection')");
            connection.commit();
        }
        assertThat(noteCount(db)).isEqualTo(1);
    }

    @PostgresTest
    void refusesToJoinOrDiscardTheCallersOpenTransaction(TestDatabase db) throws SQLException {
        db.execute(SCHEMA);
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            execute(connection, "INSERT INTO app.note VALUES ('uncommitted')");

            assertThatThrownBy(() -> new CatalogIntrospector().introspect(connection, List.of("app")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("catalog introspection needs a connection that is not inside a transaction; "
                            + "commit or roll back first");
            connection.commit();
        }
        assertThat(noteCount(db)).isEqualTo(1);
    }

    @PostgresTest
    void restoresTheConnectionWhenAQueryFails(TestDatabase db) throws SQLException {
        db.execute(SCHEMA);
        try (Connection real = db.connect()) {
            Connection failing = CountingConnection.failingAt(real, 4).connection();

            assertThatThrownBy(() -> new CatalogIntrospector().introspect(failing, List.of("app")))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("injected failure of execution 4");
            assertThat(real.getAutoCommit()).isTrue();
            assertThat(settings(real)).isEqualTo(new Settings("\"$user\", public", "read committed", "off"));
            assertThat(new CatalogIntrospector().introspect(real, List.of("app"))).isEqualTo(MODEL);
        }
    }

    private record Settings(String searchPath, String isolation, String readOnly) {
    }

    private static Settings settings(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('search_path'), "
                     + "current_setting('transaction_isolation'), current_setting('transaction_read_only')")) {
            row.next();
            return new Settings(row.getString(1), row.getString(2), row.getString(3));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int noteCount(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM app.note")) {
            row.next();
            return row.getInt(1);
        }
    }
}
