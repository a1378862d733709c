package dev.retort.migration.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.introspect.CatalogIntrospector;
import dev.retort.migration.graph.MigrationSource;
import dev.retort.migration.graph.RevisionGraph;
import dev.retort.migration.graph.SourceChecksum;
import dev.retort.migration.history.HistoryEntry;
import dev.retort.migration.history.HistoryReader;
import dev.retort.migration.history.HistoryTable;
import dev.retort.migration.runner.MigrationRunner;
import dev.retort.migration.runner.RunnerSettings;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;

/** The library entry point applies the same migrations as the runner, given only a plain DataSource. */
class RetortMigrationsIT {

    private static final String PACKAGE = "db.migrations.branched";
    private static final HistoryTable HISTORY = new HistoryTable(QualifiedName.of("public", "retort_history"));

    @PostgresTest
    void appliesAPackageLikeTheRunnerAppliesTheSameSources(TestDatabase db) throws Exception {
        List<String> applied = RetortMigrations.applyPackage(dataSource(db), PACKAGE).revisions();

        try (TestDatabase other = db.createAnother(); Connection connection = other.connect()) {
            List<String> byRunner = new MigrationRunner(RevisionGraph.of(fromSourceFiles()), RunnerSettings.defaults())
                    .upgrade(connection, "head").revisions();

            assertThat(applied).isEqualTo(byRunner).hasSize(7);
            assertThat(checksums(db)).isEqualTo(checksums(other)).hasSize(7);
            assertThat(checksums(db).values()).allSatisfy(checksum -> assertThat(checksum).hasSize(64));
            assertThat(schema(db)).isEqualTo(schema(other));
        }
        assertThat(RetortMigrations.applyPackage(dataSource(db), PACKAGE).revisions()).isEmpty();
    }

    private static PGSimpleDataSource dataSource(TestDatabase db) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(db.user());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    /** The package's migrations as the CLI sees them: each with the checksum of its file in the source tree. */
    private static List<MigrationSource> fromSourceFiles() throws IOException {
        List<MigrationSource> sources = new java.util.ArrayList<>();
        for (String name : PackageScanner.classNames(RetortMigrationsIT.class.getClassLoader(), PACKAGE)) {
            Path file = Path.of("src/test/java", name.replace('.', '/') + ".java");
            sources.add(MigrationSource.ofClass(load(name), Optional.of(SourceChecksum.of(Files.readString(file)))));
        }
        return sources;
    }

    private static Class<? extends dev.retort.migration.Migration> load(String name) {
        try {
            return Class.forName(name).asSubclass(dev.retort.migration.Migration.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> checksums(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return HistoryReader.read(connection, HISTORY).entries().stream().collect(Collectors.toMap(
                    HistoryEntry::revision, entry -> entry.checksum().orElse("none")));
        }
    }

    private static SchemaModel schema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogIntrospector().introspect(connection, List.of("public"));
        }
    }
}
