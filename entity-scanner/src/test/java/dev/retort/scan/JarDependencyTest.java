package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities in a class directory whose enum, embeddable and converter come from a separate jar: scanned from
 * directory + jar they map fully; without the jar the error names the entity and the missing type. Because
 * the same classes are also on this test's own class path, passing proves the scan's class loader isolation.
 */
class JarDependencyTest {

    private static final String APP = "dev.retort.fixtures.entities.jardep.app";
    private static final String LIB = "dev.retort.fixtures.entities.jardep.lib";
    private static final QualifiedName BRANCH = QualifiedName.of("public", "branch");

    @Test
    void scansTheClassDirectoryTogetherWithTheLibraryJar(@TempDir Path temp) throws IOException {
        Path app = FixtureJars.directory(APP, temp.resolve("classes"));
        Path lib = FixtureJars.jar(LIB, temp.resolve("lib.jar"));

        ScanResult result = EntityScanner.create(ScanOptions.of(List.of(app, lib))).scan();

        assertThat(result.model()).isEqualTo(new SchemaModel(List.of("public"), List.of(), List.of(),
                List.of(expectedBranch())));
        assertThat(result.entities()).containsExactly(new EntityMapping(APP + ".Branch", "Branch", BRANCH, List.of(
                new MappedColumn("id", BRANCH, "id"),
                new MappedColumn("commission", BRANCH, "commission"),
                new MappedColumn("currency", BRANCH, "currency"),
                new MappedColumn("location", BRANCH, "latitude"),
                new MappedColumn("location", BRANCH, "longitude"))));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void toleratesCopiesOfHibernateAndJakartaPersistenceOnTheClassPath(@TempDir Path temp) throws Exception {
        Path app = FixtureJars.directory(APP, temp.resolve("classes"));
        Path lib = FixtureJars.jar(LIB, temp.resolve("lib.jar"));

        ScanResult result = EntityScanner.create(ScanOptions.of(List.of(jarOf(Version.class), app, lib,
                jarOf(Entity.class)))).scan();

        assertThat(result.model().tables()).containsExactly(expectedBranch());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void withoutTheLibraryJarTheErrorNamesTheEntityAndTheMissingType(@TempDir Path temp) throws IOException {
        Path app = FixtureJars.directory(APP, temp.resolve("classes"));

        assertThatThrownBy(() -> EntityScanner.create(ScanOptions.of(List.of(app))).scan())
                .isInstanceOf(ScanException.class)
                .hasMessageMatching("cannot load 1 mapped class from the entity class path:\n  "
                        + "dev\\.retort\\.fixtures\\.entities\\.jardep\\.app\\.Branch: needs class "
                        + "dev\\.retort\\.fixtures\\.entities\\.jardep\\.lib\\.(Currency|GeoPoint|Percent),"
                        + " which is not on the class path\n"
                        + "Add the jars or directories holding the missing types to the entity class path\\.");
    }

    private static Table expectedBranch() {
        return Table.of(BRANCH, List.of(
                        Column.of("commission", "integer"),
                        Column.of("currency", "character varying(255)"),
                        Column.of("id", "bigint").notNull(),
                        Column.of("latitude", "double precision"),
                        Column.of("longitude", "double precision")))
                .withPrimaryKey(PrimaryKey.of("branch_pkey", "id"))
                .withChecks(List.of(CheckConstraint.of("branch_currency_check",
                        "(currency in ('EUR','USD','CHF'))")));
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
