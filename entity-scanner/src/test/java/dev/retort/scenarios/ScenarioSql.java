package dev.retort.scenarios;

import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The SQL the oracle runs against a scenario's databases, each on its one long-lived connection. */
final class ScenarioSql {

    private ScenarioSql() {
    }

    /** Runs each statement in autocommit mode, naming the statement when one fails. */
    static void apply(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("statement failed: " + sql + ": " + e.getMessage(), e.getSQLState(), e);
                }
            }
        }
    }

    /**
     * Empties a database: drops every schema but the system ones and creates {@code public} again, so that one
     * database serves scenario after scenario as a fresh one would.
     */
    static void reset(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT quote_ident(nspname) FROM pg_namespace"
                    + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            statement.execute("CREATE SCHEMA public");
        }
    }

    static SchemaModel introspect(Connection connection, Collection<String> schemas) throws SQLException {
        return new CatalogIntrospector().introspect(connection, schemas);
    }

    /** A query's result as text: columns separated by {@code |}, rows by {@code ;}, NULL as {@code null}. */
    static String resultText(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return String.join(";", rows);
    }
}
