package dev.retort.introspect;

import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Test shorthand: introspects schemas of a test database on a connection of its own. */
final class Introspection {

    private Introspection() {
    }

    static SchemaModel of(TestDatabase db, String... schemas) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogIntrospector().introspect(connection, List.of(schemas));
        }
    }

    static QualifiedName name(String schema, String name) {
        return QualifiedName.of(schema, name);
    }
}
