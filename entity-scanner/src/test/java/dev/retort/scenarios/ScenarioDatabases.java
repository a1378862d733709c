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

    private final int majorVersion;
    private final TestDatabase referenceDb;
    private final TestDatabase scratchDb;
    private final Connection work;
    private final Connection reference;
    private final Connection scratch;
    private final ScratchNormalizer normalizer;

    private ScenarioDatabases(TestDatabase workDb, TestDatabase referenceDb, TestDatabase scratchDb)
            throws SQLException {
        this.majorVersion = workDb.majorVersion();
        this.referenceDb = referenceDb;
        this.scratchDb = scratchDb;
        this.work = workDb.connect();
        this.reference = referenceDb.connect();
        this.scratch = scratchDb.connect();
        this.normalizer = new ScratchNormalizer(scratch);
    }

    static ScenarioDatabases open(TestDatabase work) throws SQLException {
        return new ScenarioDatabases(work, work.createAnother(), work.createAnother());
    }

    /** The connection to the database migrated up and down (in autocommit mode between uses). */
    Connection work() {
        return work;
    }

    /** The connection to the database Hibernate's own script builds. */
    Connection reference() {
        return reference;
    }

    int majorVersion() {
        return majorVersion;
    }

    /** The comparator's answer, in PostgreSQL's canonical spelling on both sides. */
    SchemaDiff compare(SchemaModel current, SchemaModel target, RenameHints hints) throws SQLException {
        return CanonicalComparison.compare(current, target, hints, normalizer);
    }

    /** The planning context of the work database as it is now: its server version and table estimates. */
    PlanContext liveContext(Collection<String> schemas) throws SQLException {
        return new PlanContext(majorVersion, TableStatsReader.read(work, schemas));
    }

    @Override
    public void close() throws SQLException {
        try {
            work.close();
            reference.close();
            scratch.close();
        } finally {
            scratchDb.close();
            referenceDb.close();
        }
    }
}
