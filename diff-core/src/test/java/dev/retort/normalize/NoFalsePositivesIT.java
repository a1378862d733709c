package dev.retort.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiffer;
import dev.retort.fixtures.ddl.DdlFixture;
import dev.retort.fixtures.ddl.DdlFixtures;
import dev.retort.introspect.CatalogIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.sql.CreateDdl;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * The comparator reports nothing for a schema compared with itself, and nothing for a schema compared with the
 * database Retort's own DDL rebuilds from it, for every DDL fixture: the second is where PostgreSQL's re-printed
 * expressions would show up as false positives without the scratch-database comparison.
 */
class NoFalsePositivesIT {

    @PostgresTest
    void everyDdlFixtureComparesEqualToItselfAndToItsRebuild(TestDatabase db) throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        List<String> compared = new ArrayList<>();
        try (TestDatabase scratchDb = db.createAnother(); Connection scratch = scratchDb.connect()) {
            ScratchNormalizer normalizer = new ScratchNormalizer(scratch);
            for (DdlFixture fixture : DdlFixtures.all()) {
                if (!fixture.runsOn(db.majorVersion())) {
                    continue;
                }
                SchemaModel original = built(db, fixture.sql(), fixture.schemas());
                SchemaModel rebuilt = built(db, String.join(";\n", CreateDdl.createAll(original)), fixture.schemas());
                softly.assertThat(SchemaDiffer.diff(original, original, RenameHints.none()).changes())
                        .as("%s compared with itself", fixture).isEmpty();
                softly.assertThat(CanonicalComparison.compare(rebuilt, original, RenameHints.none(), normalizer)
                        .changes()).as("%s compared with its rebuild", fixture).isEmpty();
                compared.add(fixture.name());
            }
        }
        softly.assertAll();
        assertThat(compared).hasSizeGreaterThanOrEqualTo(db.majorVersion() >= 18 ? 19 : 17);
    }

    @PostgresTest
    void theRawComparisonDoesSeeTheReprintedCheckThatTheCanonicalOneResolves(TestDatabase db) throws SQLException {
        DdlFixture fixture = DdlFixtures.named("09-check-constraints.sql");
        SchemaModel original = built(db, fixture.sql(), fixture.schemas());
        SchemaModel rebuilt = built(db, String.join(";\n", CreateDdl.createAll(original)), fixture.schemas());
        assertThat(SchemaDiffer.diff(rebuilt, original, RenameHints.none()).changes())
                .extracting(c -> c.op()).containsExactly("drop_check", "add_check");
        try (TestDatabase scratchDb = db.createAnother(); Connection scratch = scratchDb.connect()) {
            assertThat(CanonicalComparison.compare(rebuilt, original, RenameHints.none(),
                    new ScratchNormalizer(scratch)).changes()).isEmpty();
        }
    }

    private static SchemaModel built(TestDatabase db, String sql, List<String> schemas) throws SQLException {
        try (TestDatabase fresh = db.createAnother(); Connection connection = fresh.connect()) {
            fresh.execute(sql);
            return new CatalogIntrospector().introspect(connection, schemas);
        }
    }
}
