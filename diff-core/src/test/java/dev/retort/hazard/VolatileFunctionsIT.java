package dev.retort.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** The list of volatile built-in functions behind {@link DefaultVolatility} is complete for the running server. */
class VolatileFunctionsIT {

    @PostgresTest
    void everyVolatilePgCatalogFunctionIsKnown(TestDatabase db) throws SQLException {
        Set<String> onServer = new HashSet<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT proname FROM pg_proc WHERE provolatile = 'v'"
                     + " AND pronamespace = 'pg_catalog'::regnamespace")) {
            while (rs.next()) {
                onServer.add(rs.getString(1));
            }
        }
        // Why: timezone(text, time with time zone) is volatile on PostgreSQL 14 only, while the timestamp
        // overloads that defaults use are immutable; the list leaves the name out on purpose.
        onServer.remove("timezone");
        assertThat(onServer).hasSizeGreaterThan(150);
        assertThat(DefaultVolatility.volatileBuiltIns()).containsAll(onServer);
    }
}
