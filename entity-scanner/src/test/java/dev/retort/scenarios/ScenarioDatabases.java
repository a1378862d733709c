package dev.retort.scenarios;

import dev.retort.diff.RenameHints;
import dev.retort.diff.SchemaDiff;
import dev.retort.introspect.TableStatsReader;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.CanonicalComparison;
import dev.retort.normalize.ScratchNormalizer;
import dev.retort.plan.PlanContext;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The databases of one oracle run on one server, reused scenario after scenario: the database migrated up and
 * down, the reference built by Hibernate's own script, and the comparator's scratch database.
 */
final class ScenarioDatabases implements AutoCloseable {

    private final TestDatabase work;
    private final TestDatabase reference;
    private final TestDatabase scratchDb;
    private final Connection scratch;
    private final ScratchNormalizer normalizer;

    private ScenarioDatabases(TestDatabase work, TestDatabase reference, TestDatabase scratchDb, Connection scratch) {
        this.work = work;
        this.reference = reference;
        this.scratchDb = scratchDb;
        this.scratch = scratch;
        this.normalizer = new ScratchNormalizer(scratch);
    }

    static ScenarioDatabases open(TestDatabase work) throws SQLException {
        TestDatabase reference = work.createAnother();
        TestDatabase scratchDb = work.createAnother();
        return new ScenarioDatabases(work, reference, scratchDb, scratchDb.connect());
    }

    TestDatabase work() {
        return work;
    }

    TestDatabase reference() {
        return reference;
    }

    int majorVersion() {
        return work.majorVersion();
    }

    /** The comparator's answer, in PostgreSQL's canonical spelling on both sides. */
    SchemaDiff compare(SchemaModel current, SchemaModel target, RenameHints hints) throws SQLException {
        return CanonicalComparison.compare(current, target, hints, normalizer);
    }

    /** The planning context of the work database as it is now: its server version and table estimates. */
    PlanContext liveContext(Collection<String> schemas) throws SQLException {
        try (Connection connection = work.connect()) {
            return new PlanContext(majorVersion(), TableStatsReader.read(connection, schemas));
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            scratch.close();
        } finally {
            scratchDb.close();
            reference.close();
        }
    }
}
