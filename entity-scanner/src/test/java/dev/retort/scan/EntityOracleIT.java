package dev.retort.scan;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * For every entity fixture model, the scanned schema equals the schema Hibernate's own export creates, on each
 * PostgreSQL version under test (see {@link EntityOracle}).
 */
class EntityOracleIT {

    private static final List<String> PUBLIC = List.of("public");

    @PostgresTest
    void identityIds(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "identity", PUBLIC);
    }

    @PostgresTest
    void sequenceUuidAndTableGenerators(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "generators", PUBLIC);
    }

    @PostgresTest
    void columnAttributesAndDefinitions(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "columns", PUBLIC);
    }

    @PostgresTest
    void schemasIndexesUniqueConstraintsAndSecondaryTables(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "tables", List.of("public", "sales", "crm"));
    }

    @PostgresTest
    void singleTableInheritance(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "singletable", PUBLIC);
    }

    @PostgresTest
    void joinedInheritance(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "joined", PUBLIC);
    }

    @PostgresTest
    void tablePerClassInheritance(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "tableperclass", PUBLIC);
    }

    @PostgresTest
    void embeddedEmbeddedIdIdClassAndMappedSuperclass(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "embedded", PUBLIC);
    }

    @PostgresTest
    void elementCollectionsAndJoinTables(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "collections", PUBLIC);
    }

    @PostgresTest
    void oneToOneWithSharedPrimaryKeys(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "sharedpk", PUBLIC);
    }

    @PostgresTest
    void enumeratedChecksAndNamedEnumTypes(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "enums", PUBLIC);
    }

    @PostgresTest
    void jsonUuidArrayAndLobTypes(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "types", PUBLIC);
    }

    @PostgresTest
    void temporalTypesAndVersions(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "temporal", PUBLIC);
    }

    @PostgresTest
    void defaultsChecksCommentsFormulasAndConverters(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "extras", PUBLIC);
    }

    @PostgresTest
    void longNamesTruncatedAndDisambiguated(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "longnames", PUBLIC);
    }

    @PostgresTest
    void implicitNamesUnderHibernateNaming(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "naming", PUBLIC);
    }

    @PostgresTest
    void implicitNamesUnderSpringNaming(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "naming", NamingPreset.spring(), PUBLIC);
    }

    @PostgresTest
    void classesDependingOnLibraryTypes(TestDatabase db) throws SQLException {
        EntityOracle.check(db, "jardep", PUBLIC);
    }
}
