package dev.retort.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The round trip for every hand-written DDL fixture: introspect the fixture's database, render that model as
 * DDL, apply it to an empty database, introspect again: the two models must be equal.
 */
class DdlRoundTripIT {

    @PostgresTest
    void everyFixtureSurvivesIntrospectRenderApplyIntrospect(TestDatabase db) throws SQLException {
        SoftAssertions softly = new SoftAssertions();
        List<String> tested = new ArrayList<>();
        for (DdlFixture fixture : DdlFixtures.all()) {
            if (!fixture.runsOn(db.majorVersion())) {
                continue;
            }
            try (TestDatabase source = db.createAnother(); TestDatabase copy = db.createAnother()) {
                source.execute(fixture.sql());
                SchemaModel original = introspect(source, fixture.schemas());
                softly.assertThat(original.tables()).as("%s: tables read from the fixture", fixture).isNotEmpty();
                for (String statement : CreateDdl.createAll(original)) {
                    copy.execute(statement);
                }
                SchemaModel rebuilt = introspect(copy, fixture.schemas());
                softly.assertThat(rebuilt).as("%s: model after the round trip", fixture).isEqualTo(original);
                tested.add(fixture.name());
            }
        }
        softly.assertAll();
        assertThat(tested).hasSizeGreaterThanOrEqualTo(db.majorVersion() >= 18 ? 19 : 17);
    }

    private static SchemaModel introspect(TestDatabase database, List<String> schemas) throws SQLException {
        try (Connection connection = database.connect()) {
            return new CatalogIntrospector().introspect(connection, schemas);
        }
    }
}
