package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.CanonicalComparison;
import dev.retort.normalize.ScratchNormalizer;
import dev.retort.sql.CreateDdl;
import dev.retort.sql.SqlIdentifiers;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The entity scanner's oracle for one fixture model: the schema Hibernate's own CREATE script builds (expected)
 * must equal the schema built from the scanned model's DDL (actual), and the raw scanned model must equal the
 * expected one on everything but expression text.
 */
final class EntityOracle {

    private EntityOracle() {
    }

    static void check(TestDatabase db, String model, NamingPreset naming, List<String> schemas) throws SQLException {
        String script = HibernateScript.create(FixtureClasses.of(model), naming.kind(), db.majorVersion());
        db.execute(script);
        SchemaModel expected = introspect(db, schemas);
        ScanResult scanned = EntityScanner.create(FixtureClasses.options(model, naming, db.majorVersion(), schemas))
                .scan();
        try (TestDatabase rendered = db.createAnother()) {
            for (String statement : CreateDdl.createAll(scanned.model())) {
                rendered.execute(statement);
            }
            SchemaModel actual = introspect(rendered, schemas);
            assertThat(ModelDifference.between(expected, actual))
                    .as("schema built from the scanned model of %s vs Hibernate's own script:%n%s", model, script)
                    .isEmpty();
            assertThat(actual).isEqualTo(expected);
            try (Connection scratch = rendered.connect()) {
                rendered.execute(dropManagedSchemas(schemas));
                SchemaDiff diff = CanonicalComparison.compare(expected, scanned.model(), RenameHints.none(),
                        new ScratchNormalizer(scratch));
                assertThat(diff.changes()).as("comparator: Hibernate-built %s vs its scanned model", model).isEmpty();
            }
        }
        SchemaModel maskedExpected = ModelMask.mask(expected);
        SchemaModel maskedScanned = ModelMask.mask(scanned.model());
        assertThat(ModelDifference.between(maskedExpected, maskedScanned))
                .as("raw scanned model of %s vs Hibernate's own script, expressions masked", model).isEmpty();
        assertThat(maskedScanned).isEqualTo(maskedExpected);
    }

    static void check(TestDatabase db, String model, List<String> schemas) throws SQLException {
        check(db, model, NamingPreset.hibernate(), schemas);
    }

    /** Empties the rendered database again so that it can serve as the comparator's scratch database. */
    private static String dropManagedSchemas(List<String> schemas) {
        StringBuilder sql = new StringBuilder();
        for (String schema : schemas) {
            sql.append("DROP SCHEMA IF EXISTS ").append(SqlIdentifiers.quote(schema)).append(" CASCADE;");
        }
        return sql.append("CREATE SCHEMA IF NOT EXISTS public;").toString();
    }

    private static SchemaModel introspect(TestDatabase db, List<String> schemas) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogIntrospector().introspect(connection, schemas);
        }
    }
}
